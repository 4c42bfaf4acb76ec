namespace ScriptGen.Core.Verification;

/// <summary>
/// What verifying a bundle found: the manifest's SHA-256 (null when there is no manifest), the manifest itself
/// when it follows the schema, every listed file with its result, and every problem. Intact means no problem.
/// </summary>
public sealed record BundleVerification(
    string Source,
    string? ManifestSha256,
    ManifestDocument? Manifest,
    IReadOnlyList<VerifiedFile> Files,
    IReadOnlyList<BundleProblem> Problems)
{
    /// <summary>True when every file matches the manifest, nothing is missing or extra, and every signature required is valid.</summary>
    public bool IsIntact => Problems.Count == 0;
}
