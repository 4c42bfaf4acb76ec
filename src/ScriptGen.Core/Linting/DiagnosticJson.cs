using System.Text.Json;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Core.Linting;

/// <summary>The JSON form of findings shared by `lint --format json` and manifest.json (ARCHITECTURE.md, lint-JSON contract).</summary>
public static class DiagnosticJson
{
    /// <summary>Writes one finding as an object: ruleName, severity, line, column, endLine, endColumn, message.</summary>
    public static void Write(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleName", diagnostic.RuleName);
        writer.WriteString("severity", diagnostic.Severity.ToString());
        writer.WriteNumber("line", diagnostic.Start.Line);
        writer.WriteNumber("column", diagnostic.Start.Column);
        writer.WriteNumber("endLine", diagnostic.End.Line);
        writer.WriteNumber("endColumn", diagnostic.End.Column);
        writer.WriteString("message", diagnostic.Message);
        writer.WriteEndObject();
    }

    /// <summary>Writes the summary object: files, parseErrors, errors, warnings, information.</summary>
    public static void WriteSummary(Utf8JsonWriter writer, LintSummary summary)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", summary.Files);
        writer.WriteNumber("parseErrors", summary.ParseErrors);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("information", summary.Information);
        writer.WriteEndObject();
    }
}
