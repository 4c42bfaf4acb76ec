using ScriptGen.Core.Catalog;
using ScriptGen.Core.Linting;
using ScriptGen.Core.Signing;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Bundling;

/// <summary>Everything manifest.json records about a bundle; <see cref="ManifestWriter"/> fixes its JSON form.</summary>
public sealed record BundleManifest(
    ToolInfo Tool,
    string TemplateSetId,
    string Variant,
    TemplateSetOrigin Origin,
    IReadOnlyList<ManifestTemplateEntry> Templates,
    IReadOnlyList<KeyValuePair<string, string?>> Parameters,
    IReadOnlyList<AdvisoryDeclaration> Advisories,
    LintReport Lint,
    IReadOnlyList<ManifestFileEntry> Files,
    DateTimeOffset CreatedUtc,
    SignerDescription? Signer = null);
