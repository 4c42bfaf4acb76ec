using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Core.Linting;

/// <summary>Counts of files and of findings by severity.</summary>
public sealed record LintSummary(int Files, int ParseErrors, int Errors, int Warnings, int Information)
{
    /// <summary>Counts the findings of <paramref name="files"/>.</summary>
    public static LintSummary Of(IReadOnlyList<LintedFile> files)
    {
        var all = files.SelectMany(f => f.Result.Diagnostics).ToArray();
        return new LintSummary(
            files.Count,
            all.Count(d => d.Severity == DiagnosticSeverity.ParseError),
            all.Count(d => d.Severity == DiagnosticSeverity.Error),
            all.Count(d => d.Severity == DiagnosticSeverity.Warning),
            all.Count(d => d.Severity == DiagnosticSeverity.Information));
    }
}
