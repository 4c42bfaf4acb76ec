using ScriptGen.Core.Rendering;
using ScriptGen.Core.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Core.Verification;
using ScriptGen.Testing;

namespace ScriptGen.Core.Tests.Signing;

public sealed class TimestampTests : IDisposable
{
    private static readonly DateTimeOffset StampTime = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Script = ScriptBytes.Encode("Write-Output 'stamped'\n");
    private readonly LocalTimestampAuthority _tsa = new(StampTime);
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_time_stamped_signature_carries_the_authority_s_time_and_outlives_the_certificate()
    {
        var shortLived = TestCertificates.Create("CN=Short Lived Stamped", notAfter: new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var signer = new AuthenticodeSigner(TestCredentials.For(shortLived), new HttpTimestampAuthority(_tsa.Address, http));

        var signed = signer.Sign(Script);
        var later = AuthenticodeVerifier.Verify(signed, new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(signer.Signer.Timestamped);
        Assert.Equal(1, _tsa.Answered);
        Assert.Equal((SignatureStatus.Valid, StampTime), (later.Status, later.TimestampUtc));
    }

    [Fact]
    public void Osslsigncode_reads_the_time_stamp_and_verifies_the_script()
    {
        Osslsigncode.RequireInstalled();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        var signed = new AuthenticodeSigner(TestCredentials.For(TestCertificates.Signer), new HttpTimestampAuthority(_tsa.Address, http)).Sign(Script);
        var script = Path.Combine(_temp.Path, "stamped.ps1");
        File.WriteAllBytes(script, signed);
        var (certificate, _) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);
        var tsaCertificate = Path.Combine(_temp.Path, "tsa.pem");
        File.WriteAllText(tsaCertificate, _tsa.Certificate.ExportCertificatePem());

        var (exitCode, output) = Osslsigncode.Run("verify", "-in", script, "-CAfile", certificate, "-TSA-CAfile", tsaCertificate);

        Assert.True(exitCode == 0, output);
        Assert.Contains("Timestamp Server Signature verification: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_authority_that_cannot_be_reached_is_a_timestamp_error_not_a_crash()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var unreachable = new Uri(_tsa.Address, "/none/");
        _tsa.Dispose();
        var signer = new AuthenticodeSigner(TestCredentials.For(TestCertificates.Signer), new HttpTimestampAuthority(unreachable, http));

        Assert.Throws<TimestampException>(() => signer.Sign(Script));
    }

    public void Dispose()
    {
        _tsa.Dispose();
        _temp.Dispose();
    }
}
