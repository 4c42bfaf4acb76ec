namespace ScriptGen.Core.Signing;

/// <summary>A loaded credential, or the rule the certificate, key or password broke (nothing is loaded then).</summary>
public sealed record CredentialLoadResult(CodeSigningCredential? Credential, string? Error)
{
    /// <summary>A failure with <paramref name="error"/>.</summary>
    public static CredentialLoadResult Fail(string error) => new(null, error);
}
