using System.IO.Compression;
using System.Text;
using ScriptGen.Testing;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Tests.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Tests.Verification;

public sealed class BundleVerifierTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_signed_bundle_and_its_zip_are_intact_and_every_script_is_validly_signed_by_the_signer()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer), zip: true);

        foreach (var source in new[] { outcome.BundleFolder, outcome.ZipPath! })
        {
            var result = Verify(source, TestCertificates.Signer);

            Assert.True(result.IsIntact, string.Join("\n", result.Problems));
            Assert.Equal(outcome.ManifestSha256, result.ManifestSha256);
            var scripts = result.Files.Where(f => f.Path.EndsWith(".ps1", StringComparison.Ordinal)).ToArray();
            Assert.Equal(4, scripts.Length);
            Assert.All(scripts, f => Assert.Equal((SignatureStatus.Valid, TestCertificates.Signer.Thumbprint), (f.Signature!.Status, f.Signature.Signer!.Thumbprint)));
        }
    }

    [Fact]
    public void Flipping_any_single_byte_of_any_bundle_file_fails_verification_and_the_hash_check()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer));
        var original = ReadFolder(outcome.BundleFolder);
        var manifest = ManifestReader.Read(original.Files[BundleLayout.Manifest]).Manifest!;
        var flips = 0;
        foreach (var (path, bytes) in original.Files)
        {
            foreach (var position in Positions(bytes.Length))
            {
                var changed = bytes.ToArray();
                changed[position] ^= 0x01;
                var files = new Dictionary<string, byte[]>(original.Files) { [path] = changed };

                var result = BundleVerifier.Verify(original with { Files = files }, TestCertificates.Now, expectedManifestSha256: outcome.ManifestSha256);

                Assert.False(result.IsIntact, $"{path} byte {position} flipped, still reported intact");
                var hashCheckFails = path == BundleLayout.Manifest
                    ? Sha256Hex.Of(changed) != outcome.ManifestSha256
                    : Sha256Hex.Of(changed) != manifest.Files.Single(f => f.Path == path).Sha256;
                Assert.True(hashCheckFails, $"{path} byte {position}");
                flips++;
            }
        }

        Assert.True(flips > 400, $"only {flips} flips were tried");
    }

    [Fact]
    public void A_flipped_byte_inside_a_script_is_also_caught_by_its_signature()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer));
        var script = File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "01-Set-Thing.ps1"));
        var text = ScriptGen.Core.Signing.ScriptText.Parse(script);

        script[Encoding.UTF8.GetByteCount(text.Content) / 2] ^= 0x01;

        Assert.Equal(SignatureStatus.HashMismatch, AuthenticodeVerifier.Verify(script, TestCertificates.Now).Status);
    }

    [Fact]
    public void A_bundle_signed_by_an_unrelated_certificate_is_reported_with_its_signer_and_refused_with_a_trusted_signer()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Other));

        var untrusted = Verify(outcome.BundleFolder);
        var pinned = Verify(outcome.BundleFolder, TestCertificates.Signer);

        Assert.True(untrusted.IsIntact);
        Assert.All(untrusted.Files.Where(f => f.Signature is not null), f => Assert.Equal("CN=Unrelated Signer", f.Signature!.Signer!.Subject));
        Assert.False(pinned.IsIntact);
        Assert.Equal(4, pinned.Problems.Count(p => p.Message.Contains("not by the trusted signer 'CN=ScriptGen Test Signer", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_script_re_signed_by_another_certificate_with_a_matching_hash_in_the_manifest_is_still_refused()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer));
        var contents = ReadFolder(outcome.BundleFolder);
        var resigned = TestBundles.Signer(TestCertificates.Other).Sign(contents.Files["01-Set-Thing.ps1"]);
        var manifest = Encoding.UTF8.GetString(contents.Files[BundleLayout.Manifest])
            .Replace(Sha256Hex.Of(contents.Files["01-Set-Thing.ps1"]), Sha256Hex.Of(resigned), StringComparison.Ordinal)
            .Replace($"\"bytes\": {contents.Files["01-Set-Thing.ps1"].Length},", $"\"bytes\": {resigned.Length},", StringComparison.Ordinal);
        var files = new Dictionary<string, byte[]>(contents.Files) { ["01-Set-Thing.ps1"] = resigned, [BundleLayout.Manifest] = Encoding.UTF8.GetBytes(manifest) };

        var result = BundleVerifier.Verify(contents with { Files = files }, TestCertificates.Now);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("01-Set-Thing.ps1", problem.Path);
        Assert.Contains("is signed by 'CN=Unrelated Signer'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_extra_files_are_problems()
    {
        var outcome = TestBundles.Generate(_temp.Path);
        File.Delete(Path.Combine(outcome.BundleFolder, "CHANGE.md"));
        File.WriteAllText(Path.Combine(outcome.BundleFolder, "rollback", "transcript.log"), "written by a run");

        var result = Verify(outcome.BundleFolder);

        Assert.Equal(["CHANGE.md: is missing", "rollback/transcript.log: is not in the manifest"], result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_manifest_that_breaks_the_schema_or_points_outside_the_bundle_is_refused()
    {
        var outcome = TestBundles.Generate(_temp.Path);
        var manifestPath = Path.Combine(outcome.BundleFolder, BundleLayout.Manifest);
        var manifest = File.ReadAllText(manifestPath);

        File.WriteAllText(manifestPath, manifest.Replace("\"path\": \"CHANGE.md\"", "\"path\": \"../CHANGE.md\"", StringComparison.Ordinal));
        var traversal = Verify(outcome.BundleFolder);
        File.WriteAllText(manifestPath, manifest.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal));
        var future = Verify(outcome.BundleFolder);
        File.WriteAllText(manifestPath, "{ \"files\": [] }");
        var empty = Verify(outcome.BundleFolder);

        Assert.Contains(traversal.Problems, p => p.Message.Contains("'../CHANGE.md', which is not a file inside the bundle", StringComparison.Ordinal));
        Assert.Contains(future.Problems, p => p.Message.Contains("schemaVersion 2", StringComparison.Ordinal));
        Assert.True(empty.Problems.Count >= 5);
        Assert.All(new[] { traversal, future, empty }, r => Assert.False(r.IsIntact));
    }

    [Fact]
    public void A_zip_entry_that_would_escape_the_extraction_folder_is_a_problem_not_a_file()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("../evil.ps1");
            archive.CreateEntry("manifest.json");
        }

        var contents = BundleContentsReader.ReadZip("evil.zip", buffer.ToArray());

        Assert.Equal(["manifest.json"], contents.Files.Keys);
        Assert.Equal("../evil.ps1", Assert.Single(contents.Problems).Path);
    }

    [Fact]
    public void A_zip_entry_that_expands_beyond_any_bundle_file_is_refused_without_reading_it_all()
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = archive.CreateEntry("bomb.ps1", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i <= BundleContentsReader.MaxEntryBytes / zeros.Length; i++)
            {
                stream.Write(zeros);
            }
        }

        var contents = BundleContentsReader.ReadZip("bomb.zip", buffer.ToArray());

        Assert.Empty(contents.Files);
        Assert.Contains("expands to more than 64 MiB", Assert.Single(contents.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_time_stamp_a_signature_stops_validating_when_the_certificate_expires()
    {
        var shortLived = TestCertificates.Create("CN=Short Lived", notAfter: new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(shortLived));

        var before = BundleVerifier.Verify(ReadFolder(outcome.BundleFolder), new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero));
        var after = BundleVerifier.Verify(ReadFolder(outcome.BundleFolder), new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.True(before.IsIntact);
        Assert.False(after.IsIntact);
        Assert.Contains("no time stamp", after.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_not_a_complete_bundle()
    {
        File.WriteAllText(Path.Combine(_temp.Path, "01-Set-Thing.ps1"), "Write-Output 'x'");

        var result = Verify(_temp.Path);

        Assert.False(result.IsIntact);
        Assert.Null(result.ManifestSha256);
        Assert.Contains("manifest.json is missing", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static IEnumerable<int> Positions(int length) =>
        Enumerable.Range(0, length).Where(i => i % 59 == 0).Append(length - 1).Distinct();

    private static BundleContents ReadFolder(string folder) => BundleContentsReader.Read(folder, PhysicalFileSystem.Instance);

    private static BundleVerification Verify(string source, System.Security.Cryptography.X509Certificates.X509Certificate2? trusted = null) =>
        BundleVerifier.Verify(BundleContentsReader.Read(source, PhysicalFileSystem.Instance), TestCertificates.Now, trusted);
}
