namespace ScriptGen.Core.Verification;

/// <summary>What checking a script's Authenticode signature found.</summary>
public enum SignatureStatus
{
    /// <summary>The script has no signature block.</summary>
    NotSigned,
    /// <summary>The signature matches the script, its signer's certificate was valid when it counts, and it is for code signing.</summary>
    Valid,
    /// <summary>The signature is well formed but the script's text changed after signing.</summary>
    HashMismatch,
    /// <summary>The block, the signature or the certificate is unusable; the problem says why.</summary>
    Invalid,
}
