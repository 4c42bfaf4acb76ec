using System.Text.Json;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Json;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Core.Linting;

/// <summary>
/// Writes a lint report as SARIF 2.1.0: one run, the rules that ran (plus the parse error ids that occurred) as
/// metadata, one result per finding with its region, fixes where a rule suggests a correction, and suppressed findings
/// with an in-source suppression and its justification. Paths are written as relative URIs against SRCROOT when they
/// are relative, so a bundle's lint.sarif holds no machine path.
/// </summary>
public static class SarifWriter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The UTF-8 SARIF document for <paramref name="report"/>.</summary>
    public static byte[] Write(LintReport report, ToolInfo tool) => JsonOutput.Write(writer =>
    {
        var rules = RuleIds(report);
        var artifacts = report.Files.Select(f => f.Path).ToArray();
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        WriteTool(writer, tool, report, rules);
        writer.WriteStartObject("originalUriBaseIds");
        writer.WriteStartObject("SRCROOT");
        writer.WriteStartObject("description");
        writer.WriteString("text", "The folder the analysed paths are relative to (the bundle folder, for a bundle).");
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("artifacts");
        foreach (var path in artifacts)
        {
            writer.WriteStartObject();
            WriteArtifactLocation(writer, "location", path, index: null);
            writer.WriteStartArray("roles");
            writer.WriteStringValue("analysisTarget");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("results");
        for (var index = 0; index < report.Files.Count; index++)
        {
            var file = report.Files[index];
            foreach (var diagnostic in file.Result.Diagnostics)
            {
                WriteResult(writer, diagnostic, file.Path, index, rules, suppression: null);
            }

            foreach (var suppressed in file.Result.Suppressed)
            {
                WriteResult(writer, suppressed.Diagnostic, file.Path, index, rules, suppressed);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>SARIF's level for a severity: error, warning or note.</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Information => "note",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    private static List<string> RuleIds(LintReport report) =>
        report.Engine.Rules.Select(r => r.Name)
            .Concat(report.Files.SelectMany(f => f.Result.Diagnostics.Concat(f.Result.Suppressed.Select(s => s.Diagnostic))).Select(d => d.RuleName))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static void WriteTool(Utf8JsonWriter writer, ToolInfo tool, LintReport report, List<string> ruleIds)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", tool.Name);
        writer.WriteString("version", tool.Version);
        writer.WriteString("semanticVersion", tool.Version);
        writer.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            var rule = report.Engine.Rules.FirstOrDefault(r => r.Name == id);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule?.Description ?? "The script does not parse: PowerShell reports this error id.");
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule?.Severity ?? DiagnosticSeverity.ParseError));
            writer.WriteBoolean("enabled", true);
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("source", rule is null ? "PowerShell parser" : rule.IsPSScriptAnalyzerRule ? "PSScriptAnalyzer-compatible" : "ScriptGen");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, Diagnostic diagnostic, string path, int artifact, List<string> ruleIds, SuppressedDiagnostic? suppression)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.RuleName);
        writer.WriteNumber("ruleIndex", ruleIds.IndexOf(diagnostic.RuleName));
        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        writer.WriteString("text", diagnostic.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        WriteArtifactLocation(writer, "artifactLocation", path, artifact);
        WriteRegion(writer, "region", diagnostic.Start.Line, diagnostic.Start.Column, diagnostic.End.Line, diagnostic.End.Column);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        if (diagnostic.Corrections.Count > 0)
        {
            WriteFixes(writer, diagnostic, path, artifact);
        }

        if (suppression is not null)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "inSource");
            writer.WriteString("justification", suppression.Justification);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter writer, Diagnostic diagnostic, string path, int artifact)
    {
        writer.WriteStartArray("fixes");
        foreach (var correction in diagnostic.Corrections)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", correction.Description);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifactLocation(writer, "artifactLocation", path, artifact);
            writer.WriteStartArray("replacements");
            writer.WriteStartObject();
            WriteRegion(writer, "deletedRegion", correction.Start.Line, correction.Start.Column, correction.End.Line, correction.End.Column);
            writer.WriteStartObject("insertedContent");
            writer.WriteString("text", correction.Replacement);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, string name, string path, int? index)
    {
        writer.WriteStartObject(name);
        if (Path.IsPathRooted(path))
        {
            writer.WriteString("uri", new Uri(Path.GetFullPath(path)).AbsoluteUri);
        }
        else
        {
            writer.WriteString("uri", string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", "SRCROOT");
        }

        if (index is not null)
        {
            writer.WriteNumber("index", index.Value);
        }

        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, int startLine, int startColumn, int endLine, int endColumn)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", startLine);
        writer.WriteNumber("startColumn", startColumn);
        writer.WriteNumber("endLine", endLine);
        writer.WriteNumber("endColumn", endColumn);
        writer.WriteEndObject();
    }
}
