namespace ScriptGen.PowerShell.Syntax;

/// <summary>How a string was written.</summary>
public enum StringConstantType
{
    /// <summary><c>'text'</c></summary>
    SingleQuoted,
    /// <summary><c>@'</c> here-string <c>'@</c></summary>
    SingleQuotedHereString,
    /// <summary><c>"text"</c></summary>
    DoubleQuoted,
    /// <summary><c>@"</c> here-string <c>"@</c></summary>
    DoubleQuotedHereString,
    /// <summary>A bare word: a command name or argument, a hashtable key, a member name.</summary>
    BareWord,
}
