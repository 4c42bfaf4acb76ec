using System.Globalization;
using System.Text.Json;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Json;
using ScriptGen.Core.Linting;

namespace ScriptGen.Core.Bundling;

/// <summary>Writes manifest.json; the member order and form here are the bundle-format contract (docs/bundle-format.md).</summary>
public static class ManifestWriter
{
    /// <summary>The manifest's schema version; raised on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The UTF-8 bytes of <paramref name="manifest"/>.</summary>
    public static byte[] Write(BundleManifest manifest) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteStartObject("tool");
        writer.WriteString("name", manifest.Tool.Name);
        writer.WriteString("version", manifest.Tool.Version);
        writer.WriteEndObject();
        WriteTemplateSet(writer, manifest);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in manifest.Parameters)
        {
            writer.WriteNullableString(name, value);
        }

        writer.WriteString("variant", manifest.Variant);
        writer.WriteEndObject();
        writer.WriteStartArray("advisories");
        foreach (var advisory in manifest.Advisories)
        {
            writer.WriteStartObject();
            writer.WriteString("id", advisory.Id);
            writer.WriteString("title", advisory.Title);
            writer.WriteString("text", advisory.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteLint(writer, manifest.Lint);
        WriteSigning(writer, manifest.Signer);
        writer.WriteStartArray("files");
        foreach (var file in manifest.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteNumber("bytes", file.Bytes);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("createdUtc", FormatTimestamp(manifest.CreatedUtc));
        writer.WriteEndObject();
    });

    /// <summary>The manifest's timestamp form: UTC to the second, e.g. 2026-01-31T08:00:00Z.</summary>
    public static string FormatTimestamp(DateTimeOffset value)
    {
        // By hand: a custom DateTime format runs generic digit writers that a cold process first has to JIT-compile.
        var utc = value.UtcDateTime;
        Span<char> text = stackalloc char[20];
        WriteDigits(text[..4], utc.Year);
        text[4] = '-';
        WriteDigits(text[5..7], utc.Month);
        text[7] = '-';
        WriteDigits(text[8..10], utc.Day);
        text[10] = 'T';
        WriteDigits(text[11..13], utc.Hour);
        text[13] = ':';
        WriteDigits(text[14..16], utc.Minute);
        text[16] = ':';
        WriteDigits(text[17..19], utc.Second);
        text[19] = 'Z';
        return new string(text);
    }

    private static void WriteDigits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void WriteSigning(Utf8JsonWriter writer, Signing.SignerDescription? signer)
    {
        writer.WriteStartObject("signing");
        writer.WriteBoolean("signed", signer is not null);
        if (signer is not null)
        {
            writer.WriteString("format", "authenticode");
            writer.WriteString("digestAlgorithm", "sha256");
            writer.WriteStartObject("signer");
            writer.WriteString("subject", signer.Subject);
            writer.WriteString("issuer", signer.Issuer);
            writer.WriteString("thumbprint", signer.Thumbprint);
            writer.WriteString("certificateSha256", signer.CertificateSha256);
            writer.WriteString("notBefore", FormatTimestamp(signer.NotBefore));
            writer.WriteString("notAfter", FormatTimestamp(signer.NotAfter));
            writer.WriteEndObject();
            writer.WriteBoolean("timestamped", signer.Timestamped);
        }

        writer.WriteEndObject();
    }

    private static void WriteTemplateSet(Utf8JsonWriter writer, BundleManifest manifest)
    {
        writer.WriteStartObject("templateSet");
        writer.WriteString("id", manifest.TemplateSetId);
        writer.WriteString("origin", manifest.Origin == TemplateSetOrigin.BuiltIn ? "built-in" : "folder");
        writer.WriteStartArray("templates");
        foreach (var template in manifest.Templates)
        {
            writer.WriteStartObject();
            writer.WriteString("id", template.Id);
            writer.WriteString("sha256", template.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLint(Utf8JsonWriter writer, LintReport lint)
    {
        writer.WriteStartObject("lint");
        writer.WriteStartObject("engine");
        writer.WriteString("name", lint.Engine.Name);
        writer.WriteString("version", lint.Engine.Version);
        writer.WriteBoolean("parses", lint.Engine.Parses);
        writer.WriteString("settings", lint.Engine.Settings);
        writer.WriteStartArray("rules");
        foreach (var rule in lint.Engine.Rules)
        {
            writer.WriteStringValue(rule.Name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        DiagnosticJson.WriteSummary(writer, lint.Summary);
        writer.WriteStartArray("findings");
        foreach (var file in lint.Files)
        {
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("ruleName", diagnostic.RuleName);
                writer.WriteString("severity", diagnostic.Severity.ToString());
                writer.WriteNumber("line", diagnostic.Start.Line);
                writer.WriteNumber("column", diagnostic.Start.Column);
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteStartArray("suppressions");
        foreach (var file in lint.Files)
        {
            foreach (var suppressed in file.Result.Suppressed)
            {
                writer.WriteStartObject();
                writer.WriteString("path", file.Path);
                writer.WriteString("ruleName", suppressed.Diagnostic.RuleName);
                writer.WriteNumber("line", suppressed.Diagnostic.Start.Line);
                writer.WriteNumber("column", suppressed.Diagnostic.Start.Column);
                writer.WriteString("source", suppressed.Source == PowerShell.Analysis.SuppressionSource.Attribute ? "attribute" : "comment");
                writer.WriteString("justification", suppressed.Justification);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
