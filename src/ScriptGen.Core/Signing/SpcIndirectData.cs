using System.Formats.Asn1;
using System.Security.Cryptography;

namespace ScriptGen.Core.Signing;

/// <summary>
/// SpcIndirectDataContent for a PowerShell script: SpcSipInfo naming PowerShell's SIP, then the digest of the
/// script. Authenticode signs the content octets of this SEQUENCE without its tag and length.
/// </summary>
public static class SpcIndirectData
{
    /// <summary>The DER encoding of the indirect data for a SHA-256 <paramref name="digest"/>.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> digest)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(AuthenticodeOids.SpcSipInfo);
                using (writer.PushSequence())
                {
                    writer.WriteInteger(65536);
                    writer.WriteOctetString(AuthenticodeOids.PowerShellSipGuid);
                    for (var i = 0; i < 5; i++)
                    {
                        writer.WriteInteger(0);
                    }
                }
            }

            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(AuthenticodeOids.Sha256);
                    writer.WriteNull();
                }

                writer.WriteOctetString(digest);
            }
        }

        return writer.Encode();
    }

    /// <summary>The content octets of a DER value: what Authenticode's messageDigest attribute covers.</summary>
    public static ReadOnlyMemory<byte> ContentOctets(ReadOnlyMemory<byte> encoded)
    {
        AsnDecoder.ReadEncodedValue(encoded.Span, AsnEncodingRules.BER, out var contentOffset, out var contentLength, out _);
        return encoded.Slice(contentOffset, contentLength);
    }

    /// <summary>
    /// Reads indirect data: the digest algorithm and digest, or throws <see cref="CryptographicException"/> when it
    /// is malformed or does not name PowerShell's SIP.
    /// </summary>
    public static (HashAlgorithmName Algorithm, byte[] Digest) Decode(ReadOnlyMemory<byte> encoded)
    {
        try
        {
            var outer = new AsnReader(encoded, AsnEncodingRules.BER).ReadSequence();
            var data = outer.ReadSequence();
            if (data.ReadObjectIdentifier() != AuthenticodeOids.SpcSipInfo)
            {
                throw new CryptographicException("the signature's indirect data is not SpcSipInfo: it was not made for a script");
            }

            var sip = data.ReadSequence();
            sip.ReadInteger();
            if (!sip.ReadOctetString().AsSpan().SequenceEqual(AuthenticodeOids.PowerShellSipGuid))
            {
                throw new CryptographicException("the signature names another subject interface package than PowerShell's");
            }

            var digestInfo = outer.ReadSequence();
            var algorithm = digestInfo.ReadSequence().ReadObjectIdentifier();
            var digest = digestInfo.ReadOctetString();
            return (HashAlgorithmOf(algorithm), digest);
        }
        catch (AsnContentException ex)
        {
            throw new CryptographicException($"the signature's indirect data is malformed: {ex.Message}", ex);
        }
    }

    private static HashAlgorithmName HashAlgorithmOf(string oid) => oid switch
    {
        "1.3.14.3.2.26" => HashAlgorithmName.SHA1,
        AuthenticodeOids.Sha256 => HashAlgorithmName.SHA256,
        "2.16.840.1.101.3.4.2.2" => HashAlgorithmName.SHA384,
        "2.16.840.1.101.3.4.2.3" => HashAlgorithmName.SHA512,
        _ => throw new CryptographicException($"the signature uses the unknown digest algorithm {oid}"),
    };
}
