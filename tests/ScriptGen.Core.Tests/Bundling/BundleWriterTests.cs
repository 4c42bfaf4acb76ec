using System.Text;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.IO;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Bundling;

public sealed class BundleWriterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Folder => Path.Combine(_temp.Path, "t", "dev", "set");

    [Fact]
    public void A_new_bundle_is_created_with_every_file_and_nothing_else()
    {
        var result = Write(Files("a"), force: false);

        Assert.Equal(BundleWriteStatus.Created, result.Status);
        Assert.Equal(["t/dev/set/01-A.ps1", "t/dev/set/manifest.json", "t/dev/set/rollback/01-B.ps1"], _temp.Files());
    }

    [Fact]
    public void The_same_bundle_again_is_unchanged_even_when_only_the_creation_time_differs()
    {
        Write(Files("a", "2026-01-01T00:00:00Z"), force: false);
        var before = File.ReadAllBytes(Path.Combine(Folder, "manifest.json"));

        var result = Write(Files("a", "2027-06-30T12:00:00Z"), force: false);

        Assert.Equal(BundleWriteStatus.Unchanged, result.Status);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(Folder, "manifest.json")));
    }

    [Fact]
    public void A_different_bundle_is_a_conflict_that_names_the_files_and_writes_nothing()
    {
        Write(Files("a"), force: false);
        File.WriteAllText(Path.Combine(Folder, "extra.txt"), "x");

        var result = Write(Files("b"), force: false);

        Assert.Equal(BundleWriteStatus.Conflict, result.Status);
        Assert.Equal(["01-A.ps1", "extra.txt"], result.DifferingFiles);
        Assert.Equal("a", File.ReadAllText(Path.Combine(Folder, "01-A.ps1")));
    }

    [Fact]
    public void Force_replaces_a_different_bundle_whole()
    {
        Write(Files("a"), force: false);
        File.WriteAllText(Path.Combine(Folder, "extra.txt"), "x");

        var result = Write(Files("b"), force: true);

        Assert.Equal(BundleWriteStatus.Replaced, result.Status);
        Assert.Equal("b", File.ReadAllText(Path.Combine(Folder, "01-A.ps1")));
        Assert.Equal(["t/dev/set/01-A.ps1", "t/dev/set/manifest.json", "t/dev/set/rollback/01-B.ps1"], _temp.Files());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_write_that_fails_midway_leaves_no_bundle_and_no_staging_folder(int failingWrite)
    {
        var writer = new BundleWriter(new FailingFileSystem(failingWrite));

        Assert.Throws<IOException>(() => writer.Write(Folder, Files("a"), force: false));

        Assert.Empty(_temp.Files());
    }

    [Fact]
    public void A_failed_replacement_keeps_the_old_bundle_intact()
    {
        Write(Files("a"), force: false);

        Assert.Throws<IOException>(() => new BundleWriter(new FailingFileSystem(2)).Write(Folder, Files("b"), force: true));

        Assert.Equal("a", File.ReadAllText(Path.Combine(Folder, "01-A.ps1")));
        Assert.Equal(3, _temp.Files().Length);
    }

    public void Dispose() => _temp.Dispose();

    private BundleWriteResult Write(IReadOnlyList<BundleFile> files, bool force) =>
        new BundleWriter(PhysicalFileSystem.Instance).Write(Folder, files, force);

    private static BundleFile[] Files(string content, string createdUtc = "2026-01-01T00:00:00Z") =>
    [
        new("01-A.ps1", Encoding.UTF8.GetBytes(content)),
        new("rollback/01-B.ps1", Encoding.UTF8.GetBytes("rollback")),
        new("manifest.json", Encoding.UTF8.GetBytes($$"""{ "files": [], "createdUtc": "{{createdUtc}}" }""")),
    ];
}
