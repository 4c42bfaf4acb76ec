using System.Text;
using ScriptGen.Testing;
using ScriptGen.Core.Rendering;
using ScriptGen.Core.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Verification;

namespace ScriptGen.Core.Tests.Signing;

public sealed class AuthenticodeSignerTests : IDisposable
{
    private static readonly byte[] Script = ScriptBytes.Encode("[CmdletBinding()]\nparam()\n$ErrorActionPreference = 'Stop'\nWrite-Output 'Zażółć gęślą jaźń ✓'\n");
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_signed_script_passes_osslsigncode_verify()
    {
        Osslsigncode.RequireInstalled();
        var signed = Sign(Script);
        var path = Write("signed.ps1", signed);
        var (certificate, _) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);

        var (exitCode, output) = Osslsigncode.Run("verify", "-in", path, "-CAfile", certificate);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Signature verification: ok", output, StringComparison.Ordinal);
        Assert.Contains("CN=ScriptGen Test Signer", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Osslsigncode_rejects_a_signed_script_whose_text_changed_afterwards()
    {
        Osslsigncode.RequireInstalled();
        var signed = Sign(Script);
        signed[Array.IndexOf(signed, (byte)'Z')] = (byte)'z';
        var (certificate, _) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);

        var (exitCode, output) = Osslsigncode.Run("verify", "-in", Write("changed.ps1", signed), "-CAfile", certificate);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("MISMATCH", output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_same_key_and_signing_time_the_signature_is_byte_for_byte_what_osslsigncode_writes()
    {
        Osslsigncode.RequireInstalled();
        var signingTime = new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);
        var unsigned = Write("unsigned.ps1", Script);
        var theirs = Path.Combine(_temp.Path, "osslsigncode.ps1");

        var (exitCode, output) = Osslsigncode.Run("sign", "-certs", certificate, "-key", key, "-h", "sha256", "-time", signingTime.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), "-in", unsigned, "-out", theirs);

        Assert.True(exitCode == 0, output);
        using var credential = TestCredentials.For(TestCertificates.Signer);
        var ours = new AuthenticodeSigner(credential, signingTime: signingTime).Sign(Script);
        Assert.Equal(Encoding.UTF8.GetString(File.ReadAllBytes(theirs)), Encoding.UTF8.GetString(ours));
        Assert.Equal(File.ReadAllBytes(theirs), ours);
    }

    [Fact]
    public void A_script_signed_by_osslsigncode_verifies_with_scriptgen_and_names_the_signer()
    {
        Osslsigncode.RequireInstalled();
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);
        var theirs = Path.Combine(_temp.Path, "osslsigncode.ps1");
        var (exitCode, output) = Osslsigncode.Run("sign", "-certs", certificate, "-key", key, "-h", "sha256", "-in", Write("unsigned.ps1", Script), "-out", theirs);
        Assert.True(exitCode == 0, output);

        var result = AuthenticodeVerifier.Verify(File.ReadAllBytes(theirs), TestCertificates.Now);

        Assert.Equal(SignatureStatus.Valid, result.Status);
        Assert.Equal(TestCertificates.Signer.Thumbprint, result.Signer!.Thumbprint);
    }

    [Fact]
    public void Without_a_signing_time_the_same_script_and_key_give_the_same_bytes()
    {
        Assert.Equal(Sign(Script), Sign(Script));
    }

    [Fact]
    public void The_block_follows_the_script_as_Windows_PowerShell_writes_it()
    {
        var signed = Encoding.UTF8.GetString(Sign(Script));
        var original = Encoding.UTF8.GetString(Script);

        Assert.StartsWith(original + "\r\n# SIG # Begin signature block\r\n# ", signed, StringComparison.Ordinal);
        Assert.EndsWith("\r\n# SIG # End signature block\r\n", signed, StringComparison.Ordinal);
        var lines = signed[original.Length..].Split("\r\n")[2..^2];
        Assert.All(lines[..^1], line => Assert.Equal(66, line.Length));
        Assert.All(lines, line => Assert.Matches("^# [A-Za-z0-9+/=]{1,64}$", line));
        Assert.DoesNotContain('\n', signed.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Signing_a_signed_script_replaces_its_block_instead_of_adding_a_second()
    {
        Assert.Equal(Sign(Script), Sign(Sign(Script)));
    }

    [Fact]
    public void A_signed_script_verifies_and_the_digest_covers_the_text_as_UTF16()
    {
        var signed = Sign(Script);
        var text = ScriptText.Parse(signed);

        Assert.Equal(Encoding.UTF8.GetString(Script), text.Content);
        Assert.Equal(SignatureStatus.Valid, AuthenticodeVerifier.Verify(signed, TestCertificates.Now).Status);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.Unicode.GetBytes(text.Content)), text.Digest(System.Security.Cryptography.HashAlgorithmName.SHA256));
    }

    public void Dispose() => _temp.Dispose();

    private static byte[] Sign(byte[] script)
    {
        using var credential = TestCredentials.For(TestCertificates.Signer);
        return new AuthenticodeSigner(credential).Sign(script);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
