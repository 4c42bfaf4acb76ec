using System.Text.Json;
using ScriptGen.Cli.Tests.Support;
using ScriptGen.Core.Catalog;
using ScriptGen.Testing;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class GenerateSigningTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private string Out => _cli.PathOf("out");

    private string Bundle => Path.Combine(Out, "contoso.com", "dev", "minimal");

    private string Generate => $"generate minimal --tenant contoso.com --environment dev --output {Out}";

    [Fact]
    public void A_pfx_whose_password_comes_from_the_named_variable_signs_every_script_and_verify_names_the_signer()
    {
        var pfx = TestCertificates.WritePfx(TestCertificates.Signer, _cli.Root, "pfx-password");
        _cli.Environment["SIGN_PW"] = "pfx-password";
        _cli.Now = TestCertificates.Now;

        var run = _cli.Run($"{Generate} --sign-cert {pfx} --sign-password-env SIGN_PW");
        var verify = _cli.Run($"verify {Bundle}");

        Assert.Equal((0, 0), (run.ExitCode, verify.ExitCode));
        Assert.Contains("signed by 'CN=ScriptGen Test Signer", verify.Error, StringComparison.Ordinal);
        Assert.Contains("4 script(s)", verify.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(_cli.Files(), f => File.ReadAllText(_cli.PathOf(f)).Contains("pfx-password", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pem_certificate_with_a_key_file_signs()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _cli.Root);
        _cli.Now = TestCertificates.Now;

        var run = _cli.Run($"{Generate} --sign-cert {certificate} --sign-key {key}");

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Bundle, "manifest.json")));
        Assert.True(manifest.RootElement.GetProperty("signing").GetProperty("signed").GetBoolean());
    }

    [Theory]
    [InlineData("--sign-key k.pem", "--sign-key needs --sign-cert")]
    [InlineData("--timestamp-url http://tsa.example/ ", "--timestamp-url needs --sign-cert")]
    [InlineData("--sign-cert PFX --sign-password-env NOT_SET", "--sign-password-env: the environment variable 'NOT_SET' is not set or empty")]
    [InlineData("--sign-cert PFX --sign-password-env WRONG_PW", "not a PFX that this password opens")]
    [InlineData("--sign-cert PFX", "not a PFX that this password opens")]
    [InlineData("--sign-cert missing.pfx", "--sign-cert 'missing.pfx' cannot be read")]
    [InlineData("--sign-cert CER", "the file holds a certificate without its private key")]
    [InlineData("--sign-cert PFX --sign-password-env SIGN_PW --timestamp-url ftp://tsa.example/", "--timestamp-url: 'ftp://tsa.example/' must be an absolute http or https URL")]
    public void Bad_signing_input_names_the_option_exits_2_and_writes_nothing(string options, string message)
    {
        var pfx = TestCertificates.WritePfx(TestCertificates.Signer, _cli.Root, "pfx-password");
        var cer = TestCertificates.WriteCer(TestCertificates.Signer, _cli.Root, "signer.cer");
        _cli.Environment["SIGN_PW"] = "pfx-password";
        _cli.Environment["WRONG_PW"] = "nope";
        _cli.Now = TestCertificates.Now;

        var run = _cli.Run($"{Generate} {options.Replace("PFX", pfx, StringComparison.Ordinal).Replace("CER", cer, StringComparison.Ordinal)}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void An_unreachable_time_stamp_authority_is_an_io_failure_and_nothing_is_written()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _cli.Root);
        _cli.Now = TestCertificates.Now;

        var run = _cli.Run($"{Generate} --sign-cert {certificate} --sign-key {key} --timestamp-url http://127.0.0.1:1/");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("--timestamp-url: the time-stamp authority http://127.0.0.1:1/ could not be reached", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_batch_signs_and_zips_every_bundle_it_writes()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _cli.Root);
        File.WriteAllText(_cli.PathOf("i.csv"), "tenant,environment\ncontoso.com,dev\ncontoso.com,prod\nfabrikam.com,dev\n");
        _cli.Now = TestCertificates.Now;

        var run = _cli.Run($"generate minimal --inventory {_cli.PathOf("i.csv")} --output {Out} --sign-cert {certificate} --sign-key {key} --zip");

        Assert.Equal(0, run.ExitCode);
        foreach (var bundle in new[] { "contoso.com/dev/minimal", "contoso.com/prod/minimal", "fabrikam.com/dev/minimal" })
        {
            var zip = Path.Combine(Out, bundle) + ".zip";
            var verify = _cli.Run($"verify {zip} --trusted-signer {TestCertificates.WriteCer(TestCertificates.Signer, _cli.Root, "signer.cer")}");
            Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        }
    }

    [Fact]
    public void There_is_no_option_that_takes_the_password_itself()
    {
        var run = _cli.Run($"{Generate} --sign-password secret");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unrecognized command or argument '--sign-password'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_writes_the_sibling_zip_and_prints_its_hash_after_the_manifest_hash()
    {
        _cli.Environment["SOURCE_DATE_EPOCH"] = "1795000000";

        var first = _cli.Run($"{Generate} --zip");
        var zip = Bundle + ".zip";
        var firstBytes = File.ReadAllBytes(zip);
        Directory.Delete(Out, recursive: true);
        var second = _cli.Run($"{Generate} --zip");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var lines = first.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{Sha256Hex.Of(firstBytes)}  {zip}", lines[1]);
        Assert.Equal(firstBytes, File.ReadAllBytes(zip));
        Assert.Equal(0, _cli.Run($"verify {zip}").ExitCode);
    }

    public void Dispose() => _cli.Dispose();
}
