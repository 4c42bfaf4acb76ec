using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Signing;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Testing;

namespace ScriptGen.Core.Tests.Signing;

public sealed class CodeSigningCredentialLoaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_pfx_opens_with_its_password_and_not_without_it()
    {
        var pfx = File.ReadAllBytes(TestCertificates.WritePfx(TestCertificates.Signer, _temp.Path, "s3cret!"));

        using var loaded = CodeSigningCredentialLoader.Load(pfx, null, "s3cret!", TestCertificates.Now).Credential;
        var wrong = CodeSigningCredentialLoader.Load(pfx, null, "wrong", TestCertificates.Now);

        Assert.Equal(TestCertificates.Signer.Thumbprint, loaded!.Certificate.Thumbprint);
        Assert.Null(wrong.Credential);
        Assert.Contains("not a PFX that this password opens", wrong.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pem_certificate_takes_its_key_from_a_pem_key_file_plain_or_encrypted()
    {
        var (certificate, key) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);
        var encrypted = TestCertificates.Signer.GetRSAPrivateKey()!.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000));

        using var plain = CodeSigningCredentialLoader.Load(File.ReadAllBytes(certificate), File.ReadAllBytes(key), null, TestCertificates.Now).Credential;
        using var decrypted = CodeSigningCredentialLoader.Load(File.ReadAllBytes(certificate), System.Text.Encoding.ASCII.GetBytes(encrypted), "pw", TestCertificates.Now).Credential;

        Assert.True(plain!.Certificate.HasPrivateKey);
        Assert.True(decrypted!.Certificate.HasPrivateKey);
    }

    [Fact]
    public void Each_unusable_credential_is_refused_with_the_rule_it_breaks()
    {
        var (certificate, _) = TestCertificates.WritePem(TestCertificates.Signer, _temp.Path);
        var otherKey = TestCertificates.Other.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem();
        var serverAuth = TestCertificates.Create("CN=Web Server", usage: "1.3.6.1.5.5.7.3.1");
        var expired = TestCertificates.Create("CN=Expired", notAfter: new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));
        using var ecdsa = ECDsa.Create();
        var ec = new CertificateRequest("CN=EC", ecdsa, HashAlgorithmName.SHA256);
        ec.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(TestCertificates.CodeSigningUsage)], false));
        var ecPfx = ec.CreateSelfSigned(DateTimeOffset.UnixEpoch, new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero)).Export(X509ContentType.Pfx);
        var cases = new (byte[] Certificate, byte[]? Key, string Error)[]
        {
            (File.ReadAllBytes(certificate), null, "the PEM file holds no private key; name the key file with --sign-key"),
            (File.ReadAllBytes(certificate), System.Text.Encoding.ASCII.GetBytes(otherKey), "the private key matches none of the certificates"),
            (serverAuth.Export(X509ContentType.Pfx), null, "does not carry the code-signing extended key usage"),
            (expired.Export(X509ContentType.Pfx), null, "is not valid now"),
            (ecPfx, null, "the certificate's key is not RSA"),
            ("not a certificate"u8.ToArray(), null, "not a PFX"),
            (serverAuth.Export(X509ContentType.Pfx), File.ReadAllBytes(certificate), "--sign-key is only for a PEM certificate"),
        };

        foreach (var (bytes, key, error) in cases)
        {
            var result = CodeSigningCredentialLoader.Load(bytes, key, null, TestCertificates.Now);
            Assert.Null(result.Credential);
            Assert.Contains(error, result.Error, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _temp.Dispose();
}
