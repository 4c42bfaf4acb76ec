using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>The fixed order of findings: parse errors first, then by start, rule name, end and message.</summary>
public sealed class DiagnosticOrder : IComparer<Diagnostic>
{
    /// <summary>The one instance.</summary>
    public static DiagnosticOrder Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(Diagnostic? x, Diagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = (x.Severity == DiagnosticSeverity.ParseError ? 0 : 1).CompareTo(y.Severity == DiagnosticSeverity.ParseError ? 0 : 1);
        order = order != 0 ? order : x.Span.Start.CompareTo(y.Span.Start);
        order = order != 0 ? order : string.CompareOrdinal(x.RuleName, y.RuleName);
        order = order != 0 ? order : x.Span.End.CompareTo(y.Span.End);
        return order != 0 ? order : string.CompareOrdinal(x.Message, y.Message);
    }
}
