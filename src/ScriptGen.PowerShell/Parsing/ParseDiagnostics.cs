using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// Collects parse errors. Like PowerShell, an error with the same id at the same place is kept once, because the
/// parser may scan a token twice after backtracking. Each syntax error remembers where the parser was when it found
/// the problem, so that <see cref="CascadeFilter"/> can later drop the follow-on errors of one mistake.
/// </summary>
internal sealed class ParseDiagnostics(SourceText source)
{
    private readonly List<ReportedError> _items = [];
    private readonly HashSet<(string Id, int Start, int End)> _seen = [];
    private bool _syntaxPhaseOver;

    /// <summary>The number of errors recorded.</summary>
    public int Count => _items.Count;

    /// <summary>Every error recorded, in order.</summary>
    public IReadOnlyList<ReportedError> Items => _items;

    /// <summary>Records an error the parser found at <paramref name="trigger"/> (a text position); returns false when already recorded.</summary>
    public bool Report(string errorId, TextSpan span, int trigger, params ReadOnlySpan<string> args)
    {
        var start = Math.Clamp(span.Start, 0, source.Length);
        var end = Math.Clamp(span.End, start, source.Length);
        if (!_seen.Add((errorId, start, end)))
        {
            return false;
        }

        var message = ParseErrorMessages.Format(errorId, args);
        var diagnostic = Diagnostic.Create(source, errorId, DiagnosticSeverity.ParseError, message, TextSpan.FromBounds(start, end));
        var phase = _syntaxPhaseOver ? ErrorPhase.Check : trigger < 0 ? ErrorPhase.Lexical : ErrorPhase.Syntax;
        _items.Add(new ReportedError(diagnostic, trigger < 0 ? start : trigger, phase));
        return true;
    }

    /// <summary>Records an error found at its own position: by the tokenizer while parsing, or by a later check.</summary>
    public bool Report(string errorId, TextSpan span, params ReadOnlySpan<string> args) => Report(errorId, span, -1, args);

    /// <summary>Marks the end of parsing proper: later errors (requirements, semantic checks) are never cascades.</summary>
    public void EndSyntaxPhase() => _syntaxPhaseOver = true;
}
