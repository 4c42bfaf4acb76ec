using ScriptGen.Core.Json;

namespace ScriptGen.Core.Linting;

/// <summary>
/// The document `scriptgen lint --format json` prints: every analysed file (with an empty diagnostics array when clean)
/// and a summary.
/// </summary>
public static class LintJsonWriter
{
    /// <summary>The UTF-8 JSON of <paramref name="report"/>.</summary>
    public static byte[] Write(LintReport report) => JsonOutput.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                DiagnosticJson.Write(writer, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        DiagnosticJson.WriteSummary(writer, report.Summary);
        writer.WriteEndObject();
    });
}
