namespace ScriptGen.Core.Verification;

/// <summary>The manifest's <c>signing</c> section as read back: whether the scripts are signed, by which certificate, time-stamped or not.</summary>
public sealed record ManifestSigning(bool Signed, string? Subject, string? Thumbprint, bool Timestamped)
{
    /// <summary>Unsigned scripts (also what a manifest without the section means).</summary>
    public static ManifestSigning Unsigned { get; } = new(false, null, null, false);
}
