using ScriptGen.Core.Signing;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// Turns the signing options into a signer, or writes which option breaks which rule (exit 2, nothing written).
/// The password comes only from the environment variable named by --sign-password-env.
/// </summary>
public static class SignerFactory
{
    /// <summary>The signer (null when no signing option was given), or false after writing the errors.</summary>
    public static bool TryCreate(SigningSettings? settings, CliEnvironment environment, out AuthenticodeSigner? signer)
    {
        signer = null;
        if (settings is null || !settings.Any)
        {
            return true;
        }

        var error = environment.Error;
        if (settings.CertificateFile is null)
        {
            var given = settings.KeyFile is not null ? "--sign-key" : settings.PasswordVariable is not null ? "--sign-password-env" : "--timestamp-url";
            error.WriteLine($"scriptgen: error: {given} needs --sign-cert (the code-signing certificate)");
            return false;
        }

        Uri? timestampUrl = null;
        if (settings.TimestampUrl is not null && (!Uri.TryCreate(settings.TimestampUrl, UriKind.Absolute, out timestampUrl) || timestampUrl.Scheme is not ("http" or "https")))
        {
            error.WriteLine($"scriptgen: error: --timestamp-url: '{settings.TimestampUrl}' must be an absolute http or https URL of an RFC 3161 time-stamp authority");
            return false;
        }

        string? password = null;
        if (settings.PasswordVariable is not null)
        {
            password = environment.GetEnvironmentVariable(settings.PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                error.WriteLine($"scriptgen: error: --sign-password-env: the environment variable '{settings.PasswordVariable}' is not set or empty");
                return false;
            }
        }

        byte[]? key = null;
        if (!TryRead(settings.CertificateFile, "--sign-cert", environment, out var certificate)
            || (settings.KeyFile is not null && !TryRead(settings.KeyFile, "--sign-key", environment, out key)))
        {
            return false;
        }

        var loaded = CodeSigningCredentialLoader.Load(certificate!, key, password, environment.UtcNow());
        if (loaded.Credential is null)
        {
            error.WriteLine($"scriptgen: error: --sign-cert '{settings.CertificateFile}': {loaded.Error}");
            return false;
        }

        var authority = timestampUrl is null ? null : new HttpTimestampAuthority(timestampUrl, new HttpClient { Timeout = TimeSpan.FromSeconds(30) });
        signer = new AuthenticodeSigner(loaded.Credential, authority);
        return true;
    }

    private static bool TryRead(string path, string option, CliEnvironment environment, out byte[]? bytes)
    {
        try
        {
            bytes = environment.FileSystem.ReadFile(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"scriptgen: error: {option} '{path}' cannot be read: {ex.Message}");
            bytes = null;
            return false;
        }
    }
}
