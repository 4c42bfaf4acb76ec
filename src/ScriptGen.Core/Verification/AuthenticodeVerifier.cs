using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
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
    /// <summary>Checks the signature of <paramref name="script"/> as of <paramref name="now"/>.</summary>
    public static ScriptSignature Verify(byte[] script, DateTimeOffset now)
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
        if (timestampProblem is not null)
        {
            return ScriptSignature.Invalid(timestampProblem, signer);
        }

        var problem = CertificateProblem(signer, timestamp ?? now, timestamp is not null);
        return problem is null
            ? new ScriptSignature(SignatureStatus.Valid, null, signer, timestamp)
            : new ScriptSignature(SignatureStatus.Invalid, problem, signer, timestamp);
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

    private static string? CertificateProblem(X509Certificate2 signer, DateTimeOffset at, bool timestamped)
    {
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
