using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Comparison;

/// <summary>
/// What differs between two bundles: files, parameters, templates (by SHA-256), and the tool, template set, signer
/// and creation time the manifests record; plus problems that kept a side from being read.
/// </summary>
public sealed record BundleComparison(
    IReadOnlyList<FileChange> Files,
    IReadOnlyList<ValueChange> Parameters,
    IReadOnlyList<ValueChange> Templates,
    IReadOnlyList<ValueChange> Build,
    IReadOnlyList<BundleProblem> Problems)
{
    /// <summary>True when anything differs.</summary>
    public bool HasDifferences => Files.Count > 0 || Parameters.Count > 0 || Templates.Count > 0 || Build.Count > 0;
}
