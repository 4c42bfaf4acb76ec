using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace ScriptGen.Core.Signing;

/// <summary>
/// Rewrites what SignedCms encodes (CMS: version 3, content wrapped in an OCTET STRING) into the PKCS #7 form that
/// Windows and osslsigncode write for Authenticode: SignedData version 1, the SpcIndirectDataContent SEQUENCE as
/// the content itself, NULL parameters in the algorithm identifiers, and the certificates in DER order. None of
/// these fields is covered by the signature, so the signer's signed attributes and signature are copied unchanged.
/// </summary>
public static class AuthenticodeEnvelope
{
    /// <summary>The Authenticode PKCS #7 bytes for <paramref name="cmsEncoded"/>, signed over <paramref name="indirectData"/>.</summary>
    public static byte[] Rewrite(byte[] cmsEncoded, byte[] indirectData, IEnumerable<X509Certificate2> certificates)
    {
        var signerInfo = ReadSingleSignerInfo(cmsEncoded);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(AuthenticodeOids.SignedData);
            using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
            using (writer.PushSequence())
            {
                writer.WriteInteger(1);
                using (writer.PushSetOf())
                {
                    WriteAlgorithm(writer, AuthenticodeOids.Sha256);
                }

                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier(AuthenticodeOids.SpcIndirectData);
                    using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0)))
                    {
                        writer.WriteEncodedValue(indirectData);
                    }
                }

                using (writer.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 0)))
                {
                    foreach (var certificate in certificates.Select(c => c.RawData).Distinct(ByteArrayComparer.Instance))
                    {
                        writer.WriteEncodedValue(certificate);
                    }
                }

                using (writer.PushSetOf())
                {
                    WriteSignerInfo(writer, signerInfo);
                }
            }
        }

        return writer.Encode();
    }

    private static AsnReader ReadSingleSignerInfo(byte[] cmsEncoded)
    {
        var signedData = new AsnReader(cmsEncoded, AsnEncodingRules.DER).ReadSequence();
        signedData.ReadObjectIdentifier();
        var body = signedData.ReadSequence(new Asn1Tag(TagClass.ContextSpecific, 0)).ReadSequence();
        body.ReadInteger();
        body.ReadSetOf();
        body.ReadSequence();
        while (body.PeekTag().TagClass == TagClass.ContextSpecific)
        {
            body.ReadEncodedValue();
        }

        return body.ReadSetOf().ReadSequence();
    }

    private static void WriteSignerInfo(AsnWriter writer, AsnReader signerInfo)
    {
        using (writer.PushSequence())
        {
            writer.WriteEncodedValue(signerInfo.ReadEncodedValue().Span); // version
            writer.WriteEncodedValue(signerInfo.ReadEncodedValue().Span); // issuerAndSerialNumber
            WriteAlgorithm(writer, signerInfo.ReadSequence().ReadObjectIdentifier());
            writer.WriteEncodedValue(signerInfo.ReadEncodedValue().Span); // [0] signed attributes
            signerInfo.ReadSequence();
            WriteAlgorithm(writer, AuthenticodeOids.RsaEncryption);
            writer.WriteEncodedValue(signerInfo.ReadEncodedValue().Span); // signature
            if (signerInfo.HasData)
            {
                writer.WriteEncodedValue(signerInfo.ReadEncodedValue().Span); // [1] unsigned attributes (time stamp)
            }
        }
    }

    private static void WriteAlgorithm(AsnWriter writer, string oid)
    {
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(oid);
            writer.WriteNull();
        }
    }
}
