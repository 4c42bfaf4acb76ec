using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Analysis.Suppressions;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>What a rule sees while it analyses one script, and where it reports findings.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _findings;

    internal RuleContext(RuleDescriptor rule, RuleOptions options, ParseResult parse, CommandCatalog commands, SuppressionSet suppressions, List<Diagnostic> findings)
    {
        Rule = rule;
        Options = options;
        Parse = parse;
        Commands = commands;
        Suppressions = suppressions;
        _findings = findings;
    }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>The rule's option values.</summary>
    public RuleOptions Options { get; }

    /// <summary>The parsed script: tree, tokens (trivia included) and parse errors.</summary>
    public ParseResult Parse { get; }

    /// <summary>The script's text, path and encoding.</summary>
    public SourceText Source => Parse.Source;

    /// <summary>Known commands, their parameters and aliases.</summary>
    public CommandCatalog Commands { get; }

    /// <summary>The suppressions written in the script.</summary>
    public SuppressionSet Suppressions { get; }

    /// <summary>Reports a finding on <paramref name="node"/>'s extent.</summary>
    public void Report(SyntaxNode node, string message, string? suppressionId = null, IReadOnlyList<Correction>? corrections = null, DiagnosticSeverity? severity = null) =>
        Report(node.Span, message, suppressionId, corrections, severity);

    /// <summary>Reports a finding on <paramref name="span"/>, with the rule's severity unless <paramref name="severity"/> says otherwise.</summary>
    public void Report(TextSpan span, string message, string? suppressionId = null, IReadOnlyList<Correction>? corrections = null, DiagnosticSeverity? severity = null) =>
        _findings.Add(Diagnostic.Create(Source, Rule.Name, severity ?? Rule.Severity, message, span) with
        {
            RuleSuppressionId = suppressionId,
            Corrections = corrections ?? [],
        });

    /// <summary>
    /// Reports a mistake PowerShell's parser accepts but whose code cannot mean what it says, as a parse error named by
    /// <paramref name="errorId"/> (as PSScriptAnalyzer reports it): it fails the bundle gate and no suppression silences it.
    /// </summary>
    public void ReportParseError(TextSpan span, string errorId, string message) =>
        _findings.Add(Diagnostic.Create(Source, errorId, DiagnosticSeverity.ParseError, message, span));

    /// <summary>A suggested fix that replaces the text of <paramref name="span"/>.</summary>
    public Correction Fix(TextSpan span, string replacement, string description) =>
        new(span, Source.GetLinePosition(span.Start), Source.GetLinePosition(span.End), replacement, description);
}
