using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace ScriptGen.Core.Signing;

/// <summary>
/// Loads a code-signing credential from a PFX (PKCS #12) or a PEM certificate file, with the key from the PFX, the
/// PEM file itself, or a separate PEM key file; the password decrypts a PFX or an encrypted PEM key. It refuses a
/// certificate without a private key, without an RSA key, without the code-signing extended key usage, or not
/// valid at <c>now</c>, because every one of those would give signatures that Windows rejects.
/// </summary>
public static class CodeSigningCredentialLoader
{
    /// <summary>Loads the credential from file bytes; <paramref name="keyFile"/> is only for a PEM certificate.</summary>
    public static CredentialLoadResult Load(byte[] certificateFile, byte[]? keyFile, string? password, DateTimeOffset now)
    {
        var isPem = LooksLikePem(certificateFile);
        if (keyFile is not null && !isPem)
        {
            return CredentialLoadResult.Fail("--sign-key is only for a PEM certificate; a PFX holds its own key");
        }

        List<X509Certificate2> certificates;
        try
        {
            certificates = isPem ? LoadPem(certificateFile, keyFile, password) : LoadPfx(certificateFile, password);
        }
        catch (CryptographicException) when (!isPem && IsBareCertificate(certificateFile))
        {
            return CredentialLoadResult.Fail("the file holds a certificate without its private key; use a PFX, or a PEM certificate with --sign-key");
        }
        catch (CryptographicException ex)
        {
            return CredentialLoadResult.Fail(isPem
                ? $"the certificate or key could not be read (not PEM, a key that does not match, or a wrong password): {ex.Message}"
                : $"the file is not a PFX that this password opens (wrong or missing password, or not a PFX): {ex.Message}");
        }
        catch (ArgumentException ex)
        {
            return CredentialLoadResult.Fail($"the certificate or key could not be read: {ex.Message}");
        }

        var signer = certificates.FirstOrDefault(c => c.HasPrivateKey);
        var problem = signer is null
            ? isPem && keyFile is null
                ? "the PEM file holds no private key; name the key file with --sign-key"
                : "no certificate in the file has a private key"
            : Check(signer, now);
        if (problem is not null)
        {
            certificates.ForEach(c => c.Dispose());
            return CredentialLoadResult.Fail(problem);
        }

        return new CredentialLoadResult(new CodeSigningCredential(signer!, certificates.Where(c => c != signer).ToArray()), null);
    }

    private static string? Check(X509Certificate2 signer, DateTimeOffset now)
    {
        using var rsa = signer.GetRSAPrivateKey();
        if (rsa is null)
        {
            return "the certificate's key is not RSA; Authenticode signatures for Windows PowerShell 5.1 are made with RSA keys";
        }

        var usages = signer.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>()).Select(o => o.Value).ToArray();
        if (!usages.Contains(AuthenticodeOids.CodeSigningUsage))
        {
            return $"the certificate '{signer.Subject}' does not carry the code-signing extended key usage ({AuthenticodeOids.CodeSigningUsage})";
        }

        var notBefore = signer.NotBefore.ToUniversalTime();
        var notAfter = signer.NotAfter.ToUniversalTime();
        return now.UtcDateTime < notBefore || now.UtcDateTime > notAfter
            ? $"the certificate '{signer.Subject}' is not valid now (valid from {notBefore:yyyy-MM-dd HH:mm:ss}Z to {notAfter:yyyy-MM-dd HH:mm:ss}Z)"
            : null;
    }

    private static List<X509Certificate2> LoadPfx(byte[] file, string? password) =>
        [.. X509CertificateLoader.LoadPkcs12Collection(file, password, X509KeyStorageFlags.EphemeralKeySet, Pkcs12LoaderLimits.Defaults)];

    private static List<X509Certificate2> LoadPem(byte[] certificateFile, byte[]? keyFile, string? password)
    {
        var certificateText = Encoding.UTF8.GetString(certificateFile);
        var keyText = keyFile is null ? certificateText : Encoding.UTF8.GetString(keyFile);
        var all = new X509Certificate2Collection();
        all.ImportFromPem(certificateText);
        if (all.Count == 0)
        {
            throw new CryptographicException("the file holds no PEM certificate");
        }

        if (!keyText.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return [.. all];
        }

        var rsa = RSA.Create(); // not disposed: the certificate copy keeps using it
        if (keyText.Contains("-----BEGIN ENCRYPTED PRIVATE KEY-----", StringComparison.Ordinal))
        {
            rsa.ImportFromEncryptedPem(keyText, password ?? throw new CryptographicException("the PEM key is encrypted and no password was given (--sign-password-env)"));
        }
        else
        {
            rsa.ImportFromPem(keyText);
        }

        var publicKey = rsa.ExportSubjectPublicKeyInfo();
        var leaf = all.Cast<X509Certificate2>().FirstOrDefault(c => c.PublicKey.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(publicKey))
            ?? throw new CryptographicException("the private key matches none of the certificates");
        var withKey = leaf.CopyWithPrivateKey(rsa);
        return [withKey, .. all.Cast<X509Certificate2>().Where(c => c != leaf)];
    }

    private static bool IsBareCertificate(byte[] file)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadCertificate(file);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static bool LooksLikePem(byte[] file)
    {
        var head = Encoding.ASCII.GetString(file, 0, Math.Min(file.Length, 4096));
        return head.Contains("-----BEGIN ", StringComparison.Ordinal);
    }
}
