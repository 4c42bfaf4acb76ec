using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Parsing;

namespace ScriptGen.PowerShell.Analysis.Suppressions;

/// <summary>The suppressions written in one script, and the problems found reading them.</summary>
public sealed class SuppressionSet(IReadOnlyList<Suppression> suppressions, IReadOnlyList<SuppressionProblem> problems)
{
    /// <summary>The valid suppressions.</summary>
    public IReadOnlyList<Suppression> Suppressions { get; } = suppressions;

    /// <summary>Suppressions that could not be read.</summary>
    public IReadOnlyList<SuppressionProblem> Problems { get; } = problems;

    /// <summary>Reads every attribute and comment suppression of a parsed script.</summary>
    public static SuppressionSet Read(ParseResult parse)
    {
        var problems = new List<SuppressionProblem>();
        var suppressions = AttributeSuppressionReader.Read(parse.Root, problems).Concat(CommentSuppressionReader.Read(parse, problems)).ToArray();
        return new SuppressionSet(suppressions, problems);
    }

    /// <summary>The suppression that silences <paramref name="diagnostic"/>, or null. Parse errors are never suppressed.</summary>
    public Suppression? Match(Diagnostic diagnostic) =>
        diagnostic.Severity == DiagnosticSeverity.ParseError
            ? null
            : Suppressions.FirstOrDefault(s =>
                string.Equals(s.RuleName, diagnostic.RuleName, StringComparison.OrdinalIgnoreCase)
                && (s.Source == SuppressionSource.Comment ? s.Scope.Contains(new(diagnostic.Span.Start, 0)) : s.Scope.Contains(diagnostic.Span))
                && (string.IsNullOrEmpty(s.SuppressionId) || string.Equals(s.SuppressionId, diagnostic.RuleSuppressionId, StringComparison.OrdinalIgnoreCase)));
}
