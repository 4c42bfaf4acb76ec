using ScriptGen.Testing;
using ScriptGen.Core.Comparison;
using ScriptGen.Core.IO;
using ScriptGen.Core.Tests.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Tests.Verification;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Tests.Comparison;

public sealed class BundleComparerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void The_same_bundle_as_folder_and_zip_has_no_differences()
    {
        var outcome = TestBundles.Generate(_temp.Path, zip: true);

        var comparison = BundleComparer.Compare(Read(outcome.BundleFolder), Read(outcome.ZipPath!));

        Assert.False(comparison.HasDifferences);
        Assert.Empty(comparison.Problems);
    }

    [Fact]
    public void A_changed_parameter_shows_in_the_parameters_and_as_a_unified_diff_of_each_script()
    {
        var old = TestBundles.Generate(Path.Combine(_temp.Path, "a"), changeId: "CHG-1");
        var @new = TestBundles.Generate(Path.Combine(_temp.Path, "b"), changeId: "CHG-2");

        var comparison = BundleComparer.Compare(Read(old.BundleFolder), Read(@new.BundleFolder));

        Assert.Equal(new ValueChange("changeId", "CHG-1", "CHG-2"), Assert.Single(comparison.Parameters));
        Assert.Empty(comparison.Templates);
        var script = comparison.Files.Single(f => f.Path == "01-Set-Thing.ps1");
        Assert.Equal("changed", script.Kind);
        Assert.Contains("\n-    Change: CHG-1\n+    Change: CHG-2\n", script.UnifiedDiff, StringComparison.Ordinal);
        Assert.Equal("summarised below, not diffed", comparison.Files.Single(f => f.Path == "manifest.json").Note);
    }

    [Fact]
    public void Signing_a_bundle_changes_only_signature_blocks_and_the_signer()
    {
        var unsigned = TestBundles.Generate(Path.Combine(_temp.Path, "a"));
        var signed = TestBundles.Generate(Path.Combine(_temp.Path, "b"), TestBundles.Signer(TestCertificates.Signer));

        var comparison = BundleComparer.Compare(Read(unsigned.BundleFolder), Read(signed.BundleFolder));

        Assert.All(comparison.Files.Where(f => f.Path.EndsWith(".ps1", StringComparison.Ordinal)), f => Assert.Equal(("only the signature block differs", null), (f.Note, f.UnifiedDiff)));
        Assert.Equal("not signed", comparison.Build.Single(b => b.Name == "signer").Old);
        Assert.Empty(comparison.Parameters);
    }

    [Fact]
    public void Added_and_removed_files_are_named()
    {
        var outcome = TestBundles.Generate(_temp.Path);
        var old = Read(outcome.BundleFolder);
        var files = new Dictionary<string, byte[]>(old.Files) { ["extra.txt"] = [1] };
        files.Remove("CHANGE.md");

        var comparison = BundleComparer.Compare(old, old with { Files = files });

        Assert.Equal([("CHANGE.md", "removed"), ("extra.txt", "added")], comparison.Files.Select(f => (f.Path, f.Kind)));
    }

    public void Dispose() => _temp.Dispose();

    private static BundleContents Read(string path) => BundleContentsReader.Read(path, PhysicalFileSystem.Instance);
}
