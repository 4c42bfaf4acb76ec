using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Diagnostics;

/// <summary>
/// One finding in one script: a parse error (RuleName is PowerShell's error id) or a rule's report.
/// <see cref="End"/> is exclusive, as in PowerShell's extents.
/// </summary>
public sealed record Diagnostic(
    string RuleName,
    DiagnosticSeverity Severity,
    string Message,
    TextSpan Span,
    LinePosition Start,
    LinePosition End)
{
    /// <summary>What a SuppressMessageAttribute's RuleSuppressionId is matched against (e.g. the offending name); null when the rule sets none.</summary>
    public string? RuleSuppressionId { get; init; }

    /// <summary>Suggested fixes, in the order the rule offers them.</summary>
    public IReadOnlyList<Correction> Corrections { get; init; } = [];

    /// <summary>Creates a diagnostic whose line positions are read from <paramref name="source"/>.</summary>
    public static Diagnostic Create(SourceText source, string ruleName, DiagnosticSeverity severity, string message, TextSpan span) =>
        new(ruleName, severity, message, span, source.GetLinePosition(span.Start), source.GetLinePosition(span.End));
}
