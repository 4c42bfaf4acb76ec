using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Core.Signing;

/// <summary>
/// Who signed and for how long the signature holds: subject, issuer, SHA-1 thumbprint (what Windows shows and
/// Cert: drive paths use), SHA-256 of the certificate, validity, and whether the signatures carry a time stamp.
/// </summary>
public sealed record SignerDescription(
    string Subject,
    string Issuer,
    string Thumbprint,
    string CertificateSha256,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool Timestamped)
{
    /// <summary>The description of <paramref name="certificate"/>.</summary>
    public static SignerDescription Of(X509Certificate2 certificate, bool timestamped) => new(
        certificate.Subject,
        certificate.Issuer,
        certificate.Thumbprint,
        Sha256Hex.Of(certificate.RawData),
        new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
        new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
        timestamped);
}
