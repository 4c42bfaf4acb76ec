using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ScriptGen.Core.Verification;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// `scriptgen verify &lt;bundle folder or zip&gt;`: the receiving side's check (manifest schema, sizes, hashes, missing
/// and extra files, signatures and signers). Exit 0 when intact, 1 when anything is off, 2 for bad input, 4 when
/// the bundle cannot be read.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The `verify` command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var bundle = new Argument<string>("bundle") { Description = "A bundle folder (the one holding manifest.json) or the zip that --zip wrote." };
        var trustedSigner = new Option<string>("--trusted-signer")
        {
            Description = "Require every script to be signed by exactly this certificate (a .cer/.crt/.pem file). Without it, " +
                "verify reports who signed but cannot judge whether to trust them.",
            HelpName = "certificate",
        };
        var manifestSha256 = new Option<string>("--manifest-sha256")
        {
            Description = "The manifest SHA-256 recorded in the change ticket; a different manifest makes the bundle not intact.",
            HelpName = "hex",
        };
        var format = new Option<string>("--format") { Description = "text (default) or json (one JSON document on stdout).", HelpName = "text|json" };
        var command = new Command("verify", "Check a bundle folder or zip against its manifest: every file's size and SHA-256, nothing missing or extra, " +
            "and every Authenticode signature (valid, and by whom). Prints the manifest's SHA-256; compare it with the change ticket.")
        {
            bundle, trustedSigner, manifestSha256, format,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(bundle)!, parseResult.GetValue(trustedSigner), parseResult.GetValue(manifestSha256), parseResult.GetValue(format) ?? "text", environment));
        return command;
    }

    private static int Run(string bundle, string? trustedSignerFile, string? manifestSha256, string format, CliEnvironment environment)
    {
        var error = environment.Error;
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"scriptgen: error: --format: '{format}' must be text or json");
            return ExitCodes.InvalidInput;
        }

        if (manifestSha256 is not null && !System.Text.RegularExpressions.Regex.IsMatch(manifestSha256, "^[0-9A-Fa-f]{64}$"))
        {
            error.WriteLine($"scriptgen: error: --manifest-sha256: '{manifestSha256}' must be 64 hexadecimal digits");
            return ExitCodes.InvalidInput;
        }

        var fileSystem = environment.FileSystem;
        if (!fileSystem.DirectoryExists(bundle) && !fileSystem.FileExists(bundle))
        {
            error.WriteLine($"scriptgen: error: bundle: '{bundle}' is neither a folder nor a file");
            return ExitCodes.InvalidInput;
        }

        X509Certificate2? trusted = null;
        if (trustedSignerFile is not null && !TryLoadCertificate(trustedSignerFile, environment, out trusted))
        {
            return ExitCodes.InvalidInput;
        }

        BundleContents contents;
        try
        {
            contents = BundleContentsReader.Read(bundle, fileSystem);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"scriptgen: error: '{bundle}' cannot be read: {ex.Message}");
            return ExitCodes.IoFailure;
        }

        var result = BundleVerifier.Verify(contents, environment.UtcNow(), trusted, manifestSha256);
        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(VerifyReportJson.Write(result, trusted)));
        }
        else
        {
            VerifyReportText.Write(result, trusted, environment);
        }

        return result.IsIntact ? ExitCodes.Success : ExitCodes.Findings;
    }

    private static bool TryLoadCertificate(string path, CliEnvironment environment, out X509Certificate2? certificate)
    {
        certificate = null;
        try
        {
            var bytes = environment.FileSystem.ReadFile(path);
            var text = Encoding.ASCII.GetString(bytes);
            certificate = text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            environment.Error.WriteLine($"scriptgen: error: --trusted-signer '{path}': not a readable certificate file (DER or PEM): {ex.Message}");
            return false;
        }
    }
}
