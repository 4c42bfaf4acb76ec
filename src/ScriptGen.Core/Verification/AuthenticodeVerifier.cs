using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Signing;

namespace ScriptGen.Core.Verification;

/// <summary>
/// Checks a PowerShell script's Authenticode signature offline: the block's form, the digest of the script text,
/// the signature over the signed attributes, an RFC 3161 time stamp when there is one, and that the signer's
/// certificate is for code signing and valid at the time stamp (or at <c>now</c> without one). It does not judge
/// trust: that needs the signer named by the caller (see <see cref="BundleVerifier"/>).
/// </summary>
public static class AuthenticodeVerifier
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> IntactCertificates = new(StringComparer.Ordinal);

    /// <summary>Checks the signature of <paramref name="script"/> as of <paramref name="now"/>; never throws on bad input.</summary>
    public static ScriptSignature Verify(byte[] script, DateTimeOffset now)
    {
        try
        {
            return Check(script, now);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or System.Formats.Asn1.AsnContentException)
        {
            return ScriptSignature.Invalid($"the signature cannot be read: {ex.Message}");
        }
    }

    private static ScriptSignature Check(byte[] script, DateTimeOffset now)
    {
        ScriptText text;
        SignedCms cms;
        try
        {
            text = ScriptText.Parse(script);
            if (text.Block is null)
            {
                return ScriptSignature.NotSigned;
            }

            cms = new SignedCms();
            cms.Decode(text.ReadSignature());
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return ScriptSignature.Invalid($"the signature block cannot be read: {ex.Message}");
        }

        if (cms.ContentInfo.ContentType.Value != AuthenticodeOids.SpcIndirectData || cms.SignerInfos.Count != 1)
        {
            return ScriptSignature.Invalid("the signature block is not an Authenticode signature with one signer");
        }

        var signerInfo = cms.SignerInfos[0];
        var signer = signerInfo.Certificate;
        try
        {
            var (algorithm, digest) = SpcIndirectData.Decode(cms.ContentInfo.Content);
            if (!CryptographicOperations.FixedTimeEquals(digest, text.Digest(algorithm)))
            {
                return new ScriptSignature(SignatureStatus.HashMismatch, "the script was changed after it was signed (its digest differs)", signer, null);
            }

            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException ex)
        {
            return ScriptSignature.Invalid($"the signature does not verify: {ex.Message}", signer);
        }

        if (signer is null)
        {
            return ScriptSignature.Invalid("the signer's certificate is not in the signature");
        }

        var timestamp = ReadTimestamp(signerInfo, out var timestampProblem);
        var problem = timestampProblem ?? CertificateProblem(signer, cms.Certificates, timestamp ?? now, timestamp is not null);
        return problem is null
            ? new ScriptSignature(SignatureStatus.Valid, null, signer, timestamp)
            : new ScriptSignature(SignatureStatus.Invalid, problem, signer, timestamp);
    }

    // The signature covers the signed attributes, not the embedded certificate; a changed certificate (say, a later
    // expiry) keeps the same key, so its own signature is what shows the change. Trust is not judged here.
    private static bool CertificatesAreIntact(X509Certificate2 signer, X509Certificate2Collection embedded)
    {
        // Building a chain costs milliseconds and every script of a bundle embeds the same certificates.
        var key = Sha256Hex.Of([.. signer.RawData, .. embedded.Cast<X509Certificate2>().SelectMany(c => c.RawData)]);
        return IntactCertificates.GetOrAdd(key, _ => BuildChain(signer, embedded));
    }

    private static bool BuildChain(X509Certificate2 signer, X509Certificate2Collection embedded)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationFlags = X509VerificationFlags.AllowUnknownCertificateAuthority | X509VerificationFlags.IgnoreNotTimeValid;
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.CustomTrustStore.AddRange(embedded.Cast<X509Certificate2>().Where(c => c.SubjectName.RawData.AsSpan().SequenceEqual(c.IssuerName.RawData)).ToArray());
        chain.Build(signer);
        return chain.ChainElements.All(e => e.ChainElementStatus.All(s => s.Status != X509ChainStatusFlags.NotSignatureValid));
    }

    private static DateTimeOffset? ReadTimestamp(SignerInfo signerInfo, out string? problem)
    {
        problem = null;
        foreach (var attribute in signerInfo.UnsignedAttributes)
        {
            if (attribute.Oid.Value != AuthenticodeOids.Rfc3161Timestamp)
            {
                continue;
            }

            foreach (var value in attribute.Values)
            {
                if (!Rfc3161TimestampToken.TryDecode(value.RawData, out var token, out _) || !token.VerifySignatureForSignerInfo(signerInfo, out _))
                {
                    problem = "the RFC 3161 time stamp does not verify";
                    return null;
                }

                return token.TokenInfo.Timestamp;
            }
        }

        return null;
    }

    private static string? CertificateProblem(X509Certificate2 signer, X509Certificate2Collection embedded, DateTimeOffset at, bool timestamped)
    {
        if (!CertificatesAreIntact(signer, embedded))
        {
            return $"the signer's certificate '{signer.Subject}' was altered: its own signature does not verify";
        }

        var usages = signer.Extensions.OfType<X509EnhancedKeyUsageExtension>().SelectMany(e => e.EnhancedKeyUsages.Cast<Oid>()).Select(o => o.Value).ToArray();
        if (!usages.Contains(AuthenticodeOids.CodeSigningUsage))
        {
            return $"the signer's certificate '{signer.Subject}' is not for code signing";
        }

        var notBefore = new DateTimeOffset(signer.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var notAfter = new DateTimeOffset(signer.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        if (at >= notBefore && at <= notAfter)
        {
            return null;
        }

        return timestamped
            ? $"the signer's certificate was not valid at the time stamp {at:yyyy-MM-dd HH:mm:ss}Z"
            : $"the signer's certificate is not valid now (valid {notBefore:yyyy-MM-dd}..{notAfter:yyyy-MM-dd}) and the signature has no time stamp";
    }
}
