using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ScriptGen.Testing;

/// <summary>Self-signed certificates made for one test run; no key is ever committed.</summary>
public static class TestCertificates
{
    /// <summary>The code-signing extended key usage.</summary>
    public const string CodeSigningUsage = "1.3.6.1.5.5.7.3.3";

    /// <summary>When tests sign: inside every test certificate's validity.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<X509Certificate2> LazySigner = new(() => Create("CN=ScriptGen Test Signer, O=Contoso Change Control"));
    private static readonly Lazy<X509Certificate2> LazyOther = new(() => Create("CN=Unrelated Signer"));

    /// <summary>The usual signer (RSA 2048, code-signing EKU, valid 2026-2036).</summary>
    public static X509Certificate2 Signer => LazySigner.Value;

    /// <summary>A second, unrelated code-signing certificate.</summary>
    public static X509Certificate2 Other => LazyOther.Value;

    /// <summary>A new self-signed RSA certificate.</summary>
    public static X509Certificate2 Create(string subject, string? usage = CodeSigningUsage, DateTimeOffset? notAfter = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (usage is not null)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(usage)], critical: false));
        }

        var created = request.CreateSelfSigned(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), notAfter ?? new DateTimeOffset(2036, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>Writes the certificate and its unencrypted PKCS #8 key as PEM files; returns their paths.</summary>
    public static (string Certificate, string Key) WritePem(X509Certificate2 certificate, string folder)
    {
        var certificatePath = Path.Combine(folder, "signer.crt.pem");
        var keyPath = Path.Combine(folder, "signer.key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    /// <summary>Writes the certificate with its key as a PFX protected by <paramref name="password"/>; returns its path.</summary>
    public static string WritePfx(X509Certificate2 certificate, string folder, string password)
    {
        var path = Path.Combine(folder, "signer.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    /// <summary>Writes the certificate alone (DER) as a .cer file; returns its path.</summary>
    public static string WriteCer(X509Certificate2 certificate, string folder, string name)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Cert));
        return path;
    }
}
