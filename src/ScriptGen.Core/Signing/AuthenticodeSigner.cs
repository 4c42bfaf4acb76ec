using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace ScriptGen.Core.Signing;

/// <summary>
/// Signs PowerShell scripts with Authenticode as Windows PowerShell does: SHA-256 over the script as UTF-16LE,
/// SpcIndirectDataContent with PowerShell's SIP, the signed attributes contentType, SpcStatementType (individual)
/// and messageDigest, and the block of 64-character base64 lines appended with CRLF. No signing-time attribute is
/// added unless <paramref name="signingTime"/> is given (never the clock), so signing the same bytes with the same
/// RSA key gives the same signature. With <paramref name="timestampAuthority"/> each signature gets an RFC 3161
/// time stamp, which makes it outlive the certificate and also makes it differ on every run.
/// </summary>
public sealed class AuthenticodeSigner(CodeSigningCredential credential, ITimestampAuthority? timestampAuthority = null, DateTimeOffset? signingTime = null)
{
    // Batch generation signs from several threads; one private key is not documented as safe for concurrent use.
    private readonly Lock _lock = new();

    /// <summary>Who signs, as the manifest and CHANGE.md record it.</summary>
    public SignerDescription Signer { get; } = credential.Describe(timestampAuthority is not null);

    /// <summary>The time-stamp authority, or null when signatures are not time-stamped.</summary>
    public Uri? TimestampAddress => timestampAuthority?.Address;

    /// <summary>The script with its signature block (an existing block is replaced). Safe to call from several threads.</summary>
    public byte[] Sign(byte[] script)
    {
        lock (_lock)
        {
            return SignOnce(script);
        }
    }

    private byte[] SignOnce(byte[] script)
    {
        var text = ScriptText.Parse(script);
        var indirectData = SpcIndirectData.Encode(text.Digest(HashAlgorithmName.SHA256));
        var cms = new SignedCms(new ContentInfo(new Oid(AuthenticodeOids.SpcIndirectData), SpcIndirectData.ContentOctets(indirectData).ToArray()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, credential.Certificate)
        {
            DigestAlgorithm = new Oid(AuthenticodeOids.Sha256),
            IncludeOption = System.Security.Cryptography.X509Certificates.X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(AuthenticodeOids.SpcStatementType, StatementType()));
        if (signingTime is { } time)
        {
            signer.SignedAttributes.Add(new Pkcs9SigningTime(time.UtcDateTime));
        }

        cms.ComputeSignature(signer, silent: true);
        if (timestampAuthority is not null)
        {
            AddTimestamp(cms.SignerInfos[0]);
        }

        var pkcs7 = AuthenticodeEnvelope.Rewrite(cms.Encode(), indirectData, [credential.Certificate, .. credential.Chain]);
        return text.WithSignature(pkcs7);
    }

    private void AddTimestamp(SignerInfo signerInfo)
    {
        var nonce = RandomNumberGenerator.GetBytes(8);
        nonce[0] &= 0x7f;
        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(signerInfo, HashAlgorithmName.SHA256, requestSignerCertificates: true, nonce: nonce);
        var response = timestampAuthority!.Send(request.Encode());
        Rfc3161TimestampToken token;
        try
        {
            token = request.ProcessResponse(response, out _);
        }
        catch (CryptographicException ex)
        {
            throw new TimestampException($"the time-stamp authority {timestampAuthority.Address} sent an answer that does not match the request: {ex.Message}", ex);
        }

        if (!token.VerifySignatureForSignerInfo(signerInfo, out _))
        {
            throw new TimestampException($"the time stamp from {timestampAuthority.Address} does not verify");
        }

        signerInfo.AddUnsignedAttribute(new AsnEncodedData(AuthenticodeOids.Rfc3161Timestamp, token.AsSignedCms().Encode()));
    }

    private static byte[] StatementType()
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(AuthenticodeOids.IndividualCodeSigning);
        }

        return writer.Encode();
    }
}
