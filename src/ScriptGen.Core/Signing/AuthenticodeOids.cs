namespace ScriptGen.Core.Signing;

/// <summary>The object identifiers of Authenticode for PowerShell scripts (docs/bundle-format.md, "Signatures").</summary>
public static class AuthenticodeOids
{
    /// <summary>PKCS #7 signedData.</summary>
    public const string SignedData = "1.2.840.113549.1.7.2";

    /// <summary>SPC_INDIRECT_DATA_OBJID: the content type of every Authenticode signature.</summary>
    public const string SpcIndirectData = "1.3.6.1.4.1.311.2.1.4";

    /// <summary>SPC_SIPINFO_OBJID: the indirect data names the subject interface package that hashes the file.</summary>
    public const string SpcSipInfo = "1.3.6.1.4.1.311.2.1.30";

    /// <summary>SPC_STATEMENT_TYPE_OBJID: the signed attribute that states the signing purpose.</summary>
    public const string SpcStatementType = "1.3.6.1.4.1.311.2.1.11";

    /// <summary>SPC_INDIVIDUAL_SP_KEY_PURPOSE_OBJID: individual (not commercial) code signing.</summary>
    public const string IndividualCodeSigning = "1.3.6.1.4.1.311.2.1.21";

    /// <summary>The unsigned attribute that carries an RFC 3161 time-stamp token in Authenticode.</summary>
    public const string Rfc3161Timestamp = "1.3.6.1.4.1.311.3.3.1";

    /// <summary>rsaEncryption, the signature algorithm Windows and osslsigncode name for RSA PKCS #1 v1.5.</summary>
    public const string RsaEncryption = "1.2.840.113549.1.1.1";

    /// <summary>SHA-256.</summary>
    public const string Sha256 = "2.16.840.1.101.3.4.2.1";

    /// <summary>The extended key usage a code-signing certificate must carry.</summary>
    public const string CodeSigningUsage = "1.3.6.1.5.5.7.3.3";

    /// <summary>PowerShell's SIP GUID {603BCC1F-4B59-4E08-B724-D2C6297EF351} in its byte form.</summary>
    public static ReadOnlySpan<byte> PowerShellSipGuid =>
        [0x1f, 0xcc, 0x3b, 0x60, 0x59, 0x4b, 0x08, 0x4e, 0xb7, 0x24, 0xd2, 0xc6, 0x29, 0x7e, 0xf3, 0x51];
}
