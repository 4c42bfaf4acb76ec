using System.Security.Cryptography.X509Certificates;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Json;
using ScriptGen.Core.Verification;

namespace ScriptGen.Cli.Commands;

/// <summary>The JSON report of `verify` (docs/bundle-format.md, "Verification report").</summary>
public static class VerifyReportJson
{
    /// <summary>The UTF-8 bytes of the report of <paramref name="result"/>.</summary>
    public static byte[] Write(BundleVerification result, X509Certificate2? trusted) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("bundle", result.Source);
        writer.WriteBoolean("intact", result.IsIntact);
        writer.WriteNullableString("manifestSha256", result.ManifestSha256);
        writer.WriteNullableString("trustedSigner", trusted?.Thumbprint);
        writer.WriteBoolean("signed", result.Manifest?.Signing.Signed ?? false);
        writer.WriteStartArray("files");
        foreach (var file in result.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("status", file.Status);
            if (file.Signature is { } signature)
            {
                writer.WriteStartObject("signature");
                writer.WriteString("status", BundleVerifier.Describe(signature.Status));
                writer.WriteNullableString("problem", signature.Problem);
                writer.WriteNullableString("subject", signature.Signer?.Subject);
                writer.WriteNullableString("thumbprint", signature.Signer?.Thumbprint);
                writer.WriteNullableString("timestampUtc", signature.TimestampUtc is { } time ? ManifestWriter.FormatTimestamp(time) : null);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("problems");
        foreach (var problem in result.Problems)
        {
            writer.WriteStartObject();
            writer.WriteNullableString("path", problem.Path);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
