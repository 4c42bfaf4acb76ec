using System.Text.Json;
using ScriptGen.Testing;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Tests.Verification;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Tests.Signing;

public sealed class SignedBundleTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Every_script_is_signed_and_the_manifest_and_change_record_hash_the_signed_bytes()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer));

        var folder = outcome.BundleFolder;
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "manifest.json")));
        var change = File.ReadAllText(Path.Combine(folder, "CHANGE.md"));
        foreach (var script in new[] { "01-Set-Thing.ps1", "02-Get-Thing.ps1", "rollback/01-Restore-Thing.ps1", "Verify-Bundle.ps1" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, script));
            Assert.Equal(SignatureStatus.Valid, AuthenticodeVerifier.Verify(bytes, TestCertificates.Now).Status);
            Assert.Contains(manifest.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == script && f.GetProperty("sha256").GetString() == Sha256Hex.Of(bytes));
            Assert.Contains($"| `{script}` | `{Sha256Hex.Of(bytes)}` |", change, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_manifest_records_the_signer_and_the_change_record_says_the_signatures_expire_without_a_time_stamp()
    {
        var outcome = TestBundles.Generate(_temp.Path, TestBundles.Signer(TestCertificates.Signer));

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "manifest.json")));
        var signing = manifest.RootElement.GetProperty("signing");
        Assert.True(signing.GetProperty("signed").GetBoolean());
        Assert.False(signing.GetProperty("timestamped").GetBoolean());
        Assert.Equal(TestCertificates.Signer.Thumbprint, signing.GetProperty("signer").GetProperty("thumbprint").GetString());
        Assert.Equal("2036-01-01T00:00:00Z", signing.GetProperty("signer").GetProperty("notAfter").GetString());
        var change = File.ReadAllText(Path.Combine(outcome.BundleFolder, "CHANGE.md"));
        Assert.Contains("## Signatures", change, StringComparison.Ordinal);
        Assert.Contains($"| Thumbprint (SHA-1) | `{TestCertificates.Signer.Thumbprint}` |", change, StringComparison.Ordinal);
        Assert.Contains("NOT time-stamped: they stop validating when the certificate expires on 2036-01-01T00:00:00Z", change, StringComparison.Ordinal);
        Assert.Contains("TrustedPublisher", change, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unsigned_bundle_says_so_in_the_manifest_and_change_record()
    {
        var outcome = TestBundles.Generate(_temp.Path);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "manifest.json")));
        Assert.False(manifest.RootElement.GetProperty("signing").GetProperty("signed").GetBoolean());
        Assert.Contains("The scripts are NOT signed", File.ReadAllText(Path.Combine(outcome.BundleFolder, "CHANGE.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_signed_rerun_with_a_later_clock_is_unchanged_because_no_signing_time_is_recorded()
    {
        var root = Path.Combine(_temp.Path, "out");
        TestBundles.Generate(root, TestBundles.Signer(TestCertificates.Signer));

        var rerun = TestBundles.Generate(root, TestBundles.Signer(TestCertificates.Signer), created: TestBundles.Created.AddHours(5));

        Assert.Equal(GenerateStatus.Unchanged, rerun.Status);
    }

    public void Dispose() => _temp.Dispose();
}
