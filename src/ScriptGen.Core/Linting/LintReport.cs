using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Core.Linting;

/// <summary>The analysis of a group of files (a bundle, or the paths given to the lint command).</summary>
public sealed record LintReport(LintEngineInfo Engine, IReadOnlyList<LintedFile> Files)
{
    /// <summary>Counts by severity.</summary>
    public LintSummary Summary => LintSummary.Of(Files);

    /// <summary>True when any finding is at or above <paramref name="threshold"/>.</summary>
    public bool HasFindingsAtOrAbove(DiagnosticSeverity threshold) =>
        Files.Any(f => f.Result.Diagnostics.Any(d => d.Severity >= threshold));
}
