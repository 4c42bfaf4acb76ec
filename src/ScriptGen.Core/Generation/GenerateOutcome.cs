using ScriptGen.Core.Linting;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Generation;

/// <summary>
/// What generating a bundle did: status, bundle folder, the manifest's SHA-256 (when a bundle is in place), the
/// advisories that apply, the lint report, for a conflict the files that differ, and the zip written beside the
/// bundle (path and SHA-256) when one was asked for.
/// </summary>
public sealed record GenerateOutcome(
    GenerateStatus Status,
    string BundleFolder,
    string? ManifestSha256,
    IReadOnlyList<AdvisoryDeclaration> Advisories,
    LintReport Lint,
    IReadOnlyList<string> DifferingFiles,
    string? ZipPath = null,
    string? ZipSha256 = null);
