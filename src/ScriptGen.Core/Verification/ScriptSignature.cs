using System.Security.Cryptography.X509Certificates;

namespace ScriptGen.Core.Verification;

/// <summary>The result of checking one script's signature: status, why it is not valid, the signer and the time stamp.</summary>
public sealed record ScriptSignature(SignatureStatus Status, string? Problem, X509Certificate2? Signer, DateTimeOffset? TimestampUtc)
{
    /// <summary>A script without a signature block.</summary>
    public static ScriptSignature NotSigned { get; } = new(SignatureStatus.NotSigned, "the script is not signed", null, null);

    /// <summary>A signature that cannot be used, for <paramref name="problem"/>.</summary>
    public static ScriptSignature Invalid(string problem, X509Certificate2? signer = null) => new(SignatureStatus.Invalid, problem, signer, null);
}
