using System.IO.Compression;
using ScriptGen.Testing;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Packaging;
using ScriptGen.Core.Tests.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Tests.Verification;

namespace ScriptGen.Core.Tests.Packaging;

public sealed class DeterministicZipTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Two_generations_of_the_same_inputs_give_byte_identical_zips_beside_the_bundle()
    {
        var first = TestBundles.Generate(Path.Combine(_temp.Path, "a"), TestBundles.Signer(TestCertificates.Signer), zip: true);
        var second = TestBundles.Generate(Path.Combine(_temp.Path, "b"), TestBundles.Signer(TestCertificates.Signer), zip: true);

        Assert.Equal(first.BundleFolder + ".zip", first.ZipPath);
        Assert.False(File.Exists(Path.Combine(first.BundleFolder, "minimal.zip")));
        Assert.Equal(File.ReadAllBytes(first.ZipPath!), File.ReadAllBytes(second.ZipPath!));
        Assert.Equal(first.ZipSha256, Sha256Hex.Of(File.ReadAllBytes(second.ZipPath!)));
    }

    [Fact]
    public void A_different_creation_time_changes_the_zip_and_the_zip_follows_a_rerun_that_leaves_the_bundle_unchanged()
    {
        var root = Path.Combine(_temp.Path, "a");
        var first = TestBundles.Generate(root, zip: true);
        File.Delete(first.ZipPath!);

        var rerun = TestBundles.Generate(root, zip: true, created: TestBundles.Created.AddDays(1));

        Assert.Equal(ScriptGen.Core.Generation.GenerateStatus.Unchanged, rerun.Status);
        Assert.Equal(first.ZipSha256, rerun.ZipSha256);
        Assert.NotEqual(first.ZipSha256, TestBundles.Generate(Path.Combine(_temp.Path, "b"), zip: true, created: TestBundles.Created.AddDays(1)).ZipSha256);
    }

    [Fact]
    public void Entries_are_stored_sorted_below_the_set_folder_with_one_fixed_time_and_no_attributes()
    {
        var outcome = TestBundles.Generate(_temp.Path, zip: true);

        using var archive = ZipFile.OpenRead(outcome.ZipPath!);
        var names = archive.Entries.Select(e => e.FullName).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.StartsWith("minimal/", n, StringComparison.Ordinal));
        Assert.Contains("minimal/manifest.json", names);
        Assert.All(archive.Entries, e => Assert.Equal((new DateTime(2026, 11, 22, 8, 0, 0), 0, e.Length), (e.LastWriteTime.DateTime, e.ExternalAttributes, e.CompressedLength)));
        foreach (var entry in archive.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Assert.Equal(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, entry.FullName["minimal/".Length..])), buffer.ToArray());
        }
    }

    [Theory]
    [InlineData("1970-01-01T00:00:00Z", 1980, 1, 1, 0, 0, 0)]
    [InlineData("1979-12-31T23:59:59Z", 1980, 1, 1, 0, 0, 0)]
    [InlineData("2026-11-22T08:00:59Z", 2026, 11, 22, 8, 0, 58)]
    [InlineData("2200-01-01T00:00:00Z", 2107, 12, 31, 23, 59, 58)]
    public void Dos_times_start_in_1980_hold_even_seconds_and_end_in_2107(string timestamp, int year, int month, int day, int hour, int minute, int second)
    {
        var (time, date) = DeterministicZip.DosTime(DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((year, month, day, hour, minute, second), ((date >> 9) + 1980, (date >> 5) & 15, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2));
    }

    [Fact]
    public void The_crc_of_every_entry_is_what_an_independent_reader_checks()
    {
        var bytes = DeterministicZip.Write("set", [new BundleFile("a.txt", "123456789"u8.ToArray()), new BundleFile("b/c.txt", [])], DeterministicZip.DosEpoch);

        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal([0xCBF43926u, 0u], archive.Entries.Select(e => e.Crc32));
        using var reader = new StreamReader(archive.Entries[0].Open());
        Assert.Equal("123456789", reader.ReadToEnd());
    }

    public void Dispose() => _temp.Dispose();
}
