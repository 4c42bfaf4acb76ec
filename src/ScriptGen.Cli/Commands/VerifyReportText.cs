using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Verification;

namespace ScriptGen.Cli.Commands;

/// <summary>The text report of `verify`: the manifest hash and one line per problem on stdout; signers and the verdict on stderr.</summary>
public static class VerifyReportText
{
    /// <summary>Writes the report of <paramref name="result"/>.</summary>
    public static void Write(BundleVerification result, X509Certificate2? trusted, CliEnvironment environment)
    {
        var output = environment.Output;
        var error = environment.Error;
        if (result.ManifestSha256 is not null)
        {
            output.WriteLine($"{result.ManifestSha256}  {BundleLayout.Manifest}");
        }

        foreach (var problem in result.Problems)
        {
            output.WriteLine($"problem: {problem}");
        }

        foreach (var signer in result.Files.Where(f => f.Signature?.Signer is not null).GroupBy(f => f.Signature!.Signer!.Thumbprint))
        {
            var certificate = signer.First().Signature!.Signer!;
            var timestamped = signer.All(f => f.Signature!.TimestampUtc is not null) ? "time-stamped" : "not time-stamped";
            error.WriteLine($"signed by '{certificate.Subject}' (thumbprint {certificate.Thumbprint}, valid until {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}, {timestamped}): {signer.Count()} script(s)");
        }

        if (trusted is null && result.Files.Any(f => f.Signature?.Signer is not null))
        {
            error.WriteLine("The signer was not judged: pass --trusted-signer <certificate> to require a signer you trust.");
        }

        error.WriteLine(result.IsIntact
            ? $"Intact: {result.Files.Count} files match {BundleLayout.Manifest}{(trusted is null ? string.Empty : $", every script signed by '{trusted.Subject}'")}."
            : $"NOT intact: {result.Problems.Count} problem(s) in {result.Source}. Do not run its scripts.");
    }
}
