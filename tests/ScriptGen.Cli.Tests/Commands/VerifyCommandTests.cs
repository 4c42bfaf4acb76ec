using System.Text.Json;
using ScriptGen.Cli.Tests.Support;
using ScriptGen.Core.Catalog;
using ScriptGen.Testing;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class VerifyCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public VerifyCommandTests() => _cli.Now = TestCertificates.Now;

    private string Out => _cli.PathOf("out");

    private string Bundle => Path.Combine(Out, "contoso.com", "dev", "minimal");

    [Fact]
    public void An_intact_bundle_exits_0_and_prints_the_manifest_hash()
    {
        GenerateSigned();

        var run = _cli.Run($"verify {Bundle}");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{Sha256Hex.Of(File.ReadAllBytes(Path.Combine(Bundle, "manifest.json")))}  manifest.json\n", run.Output);
        Assert.Contains("Intact: 7 files match manifest.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("The signer was not judged", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_byte_exits_1_and_names_the_file()
    {
        GenerateSigned();
        var path = Path.Combine(Bundle, "02-Get-Thing.ps1");
        var bytes = File.ReadAllBytes(path);
        bytes[100] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var run = _cli.Run($"verify {Bundle}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("problem: 02-Get-Thing.ps1: its SHA-256 differs from the manifest's", run.Output, StringComparison.Ordinal);
        Assert.Contains("problem: 02-Get-Thing.ps1: signature hash mismatch", run.Output, StringComparison.Ordinal);
        Assert.Contains("NOT intact", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trusted_signer_that_did_not_sign_exits_1_and_says_who_did()
    {
        GenerateSigned();
        var other = TestCertificates.WriteCer(TestCertificates.Other, _cli.Root, "other.cer");
        var signer = TestCertificates.WriteCer(TestCertificates.Signer, _cli.Root, "signer.cer");

        var refused = _cli.Run($"verify {Bundle} --trusted-signer {other}");
        var accepted = _cli.Run($"verify {Bundle} --trusted-signer {signer}");

        Assert.Equal((1, 0), (refused.ExitCode, accepted.ExitCode));
        Assert.Contains("is signed by 'CN=ScriptGen Test Signer", refused.Output, StringComparison.Ordinal);
        Assert.Contains("not by the trusted signer 'CN=Unrelated Signer'", refused.Output, StringComparison.Ordinal);
        Assert.Contains("every script signed by 'CN=ScriptGen Test Signer", accepted.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_hash_from_the_ticket_must_match()
    {
        GenerateSigned();

        var run = _cli.Run($"verify {Bundle} --manifest-sha256 {new string('a', 64)}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not the approved aaaa", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_prints_one_document_with_every_file_and_signature()
    {
        GenerateSigned();

        var run = _cli.Run($"verify {Bundle} --format json");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        var root = report.RootElement;
        Assert.True(root.GetProperty("intact").GetBoolean());
        Assert.True(root.GetProperty("signed").GetBoolean());
        Assert.Equal(7, root.GetProperty("files").GetArrayLength());
        var script = root.GetProperty("files").EnumerateArray().First(f => f.GetProperty("path").GetString() == "01-Set-Thing.ps1");
        Assert.Equal(("ok", "valid", TestCertificates.Signer.Thumbprint), (script.GetProperty("status").GetString(), script.GetProperty("signature").GetProperty("status").GetString(), script.GetProperty("signature").GetProperty("thumbprint").GetString()));
        Assert.Equal(0, root.GetProperty("problems").GetArrayLength());
    }

    [Theory]
    [InlineData("verify nowhere", "bundle: 'nowhere' is neither a folder nor a file")]
    [InlineData("verify BUNDLE --trusted-signer BUNDLE/CHANGE.md", "--trusted-signer")]
    [InlineData("verify BUNDLE --manifest-sha256 xyz", "--manifest-sha256: 'xyz' must be 64 hexadecimal digits")]
    [InlineData("verify BUNDLE --format xml", "--format: 'xml' must be text or json")]
    public void Bad_input_exits_2(string arguments, string message)
    {
        GenerateSigned();

        var run = _cli.Run(arguments.Replace("BUNDLE", Bundle, StringComparison.Ordinal));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private void GenerateSigned()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _cli.Root);
        Assert.Equal(0, _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {Out} --sign-cert {certificate} --sign-key {key}").ExitCode);
    }
}
