using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>Parses PowerShell scripts. Never throws on any input: problems in the text become parse errors.</summary>
public static class PowerShellParser
{
    /// <summary>Parses a script.</summary>
    public static ParseResult Parse(SourceText source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parser.ParseScript(source, options ?? ParserOptions.Default);
    }

    /// <summary>Parses a script given as a string.</summary>
    public static ParseResult Parse(string text, ParserOptions? options = null) => Parse(SourceText.From(text), options);
}
