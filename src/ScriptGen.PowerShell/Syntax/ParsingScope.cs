using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// The source text being parsed on this thread. Nodes read it when they are created, so every node knows its text
/// without a pointer passed through each constructor; only the parser creates nodes.
/// </summary>
internal static class ParsingScope
{
    [ThreadStatic]
    private static SourceText? t_current;

    [ThreadStatic]
    private static bool t_collapsingQuotes;

    public static SourceText? Current => t_current;

    /// <summary>
    /// True while parsing a <c>$( )</c> inside a double-quoted string, where PowerShell read each doubled quote as
    /// one: the text of a string token there must be collapsed the same way before its value is read.
    /// </summary>
    public static bool CollapsingQuotes
    {
        get => t_collapsingQuotes;
        set => t_collapsingQuotes = value;
    }

    /// <summary>Sets the current source until the returned scope is disposed (scopes nest).</summary>
    public static Scope Enter(SourceText source)
    {
        var previous = t_current;
        t_current = source;
        return new Scope(previous);
    }

    public readonly struct Scope(SourceText? previous) : IDisposable
    {
        public void Dispose() => t_current = previous;
    }
}
