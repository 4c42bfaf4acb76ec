namespace ScriptGen.Cli.Commands;

/// <summary>The signing options as typed: certificate file, key file, the name of the password variable, time-stamp URL.</summary>
public sealed record SigningSettings(string? CertificateFile, string? KeyFile, string? PasswordVariable, string? TimestampUrl)
{
    /// <summary>True when any signing option was given.</summary>
    public bool Any => CertificateFile is not null || KeyFile is not null || PasswordVariable is not null || TimestampUrl is not null;
}
