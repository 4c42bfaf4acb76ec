namespace ScriptGen.Core.Bundling;

/// <summary>Where a bundle lives and what its fixed files are called (docs/bundle-format.md).</summary>
public static class BundleLayout
{
    public const string ChangeDocument = "CHANGE.md";
    public const string Manifest = "manifest.json";
    public const string VerifyScript = "Verify-Bundle.ps1";
    public const string LintSarif = "lint.sarif";
    public const string Provenance = "provenance.intoto.json";
    public const string RollbackFolder = "rollback/";

    /// <summary>The bundle folder below the output root: &lt;tenant&gt;/&lt;environment&gt;/&lt;set&gt;.</summary>
    public static string Folder(string outputRoot, string tenant, string environment, string setId) =>
        Path.Combine(outputRoot, tenant, environment, setId);
}
