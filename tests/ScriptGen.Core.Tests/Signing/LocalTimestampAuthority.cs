using System.Formats.Asn1;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace ScriptGen.Core.Tests.Signing;

/// <summary>
/// A minimal RFC 3161 time-stamp authority on 127.0.0.1 for one test: it answers every request with a token
/// dated <see cref="Time"/> (never the clock), signed by its own throw-away certificate, and stops on dispose or
/// after a minute, whichever comes first.
/// </summary>
public sealed class LocalTimestampAuthority : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromMinutes(1));
    private readonly Task _serving;
    private int _serial;
    private bool _disposed;

    public LocalTimestampAuthority(DateTimeOffset time)
    {
        Time = time;
        Certificate = CreateCertificate();
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = new Uri($"http://127.0.0.1:{port}/tsa/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    /// <summary>Where requests go.</summary>
    public Uri Address { get; }

    /// <summary>The time every token states.</summary>
    public DateTimeOffset Time { get; }

    /// <summary>The authority's certificate (time-stamping EKU).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>How many requests were answered.</summary>
    public int Answered => _serial;

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
        Certificate.Dispose();
    }

    private async Task ServeAsync()
    {
        using var registration = _stop.Token.Register(() => _listener.Close());
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            byte[] reply;
            try
            {
                reply = Answer(body.ToArray());
            }
            catch (CryptographicException)
            {
                reply = Response(status: 2, token: null);
            }

            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(reply);
            context.Response.Close();
        }
    }

    private byte[] Answer(byte[] query)
    {
        if (!Rfc3161TimestampRequest.TryDecode(query, out var request, out _))
        {
            return Response(status: 2, token: null);
        }

        byte[] serial = [(byte)(Interlocked.Increment(ref _serial) & 0x7f)];
        var info = new Rfc3161TimestampTokenInfo(
            new Oid("1.3.6.1.4.1.55555.1"), request.HashAlgorithmId, request.GetMessageHash(), serial, Time, nonce: request.GetNonce());
        var cms = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Certificate) { DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1") };
        signer.SignedAttributes.Add(new AsnEncodedData("1.2.840.113549.1.9.16.2.47", SigningCertificateV2(Certificate)));
        cms.ComputeSignature(signer, silent: true);
        return Response(status: 0, token: cms.Encode());
    }

    private static byte[] Response(int status, byte[]? token)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(status);
            }

            if (token is not null)
            {
                writer.WriteEncodedValue(token);
            }
        }

        return writer.Encode();
    }

    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ScriptGen Test TSA", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        var created = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }
}
