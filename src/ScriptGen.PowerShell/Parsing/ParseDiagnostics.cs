using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// Collects parse errors. Like PowerShell, an error with the same id at the same place is kept once, because the
/// parser may scan a token twice after backtracking.
/// </summary>
internal sealed class ParseDiagnostics(SourceText source)
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<(string Id, int Start, int End)> _seen = [];

    public int Count => _items.Count;

    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Records an error; returns false when the same error was already recorded.</summary>
    public bool Report(string errorId, TextSpan span, params ReadOnlySpan<string> args)
    {
        var start = Math.Clamp(span.Start, 0, source.Length);
        var end = Math.Clamp(span.End, start, source.Length);
        if (!_seen.Add((errorId, start, end)))
        {
            return false;
        }

        var message = ParseErrorMessages.Format(errorId, args);
        _items.Add(Diagnostic.Create(source, errorId, DiagnosticSeverity.ParseError, message, TextSpan.FromBounds(start, end)));
        return true;
    }
}
