using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Cli;

/// <summary>The one-line text form of a finding: <c>path(line,col): Severity RuleName: message</c>.</summary>
public static class DiagnosticText
{
    /// <summary>Formats <paramref name="diagnostic"/> found in <paramref name="path"/>.</summary>
    public static string Format(string path, Diagnostic diagnostic) =>
        $"{path}({diagnostic.Start.Line},{diagnostic.Start.Column}): {diagnostic.Severity} {diagnostic.RuleName}: {diagnostic.Message}";
}
