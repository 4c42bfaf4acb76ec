namespace ScriptGen.PowerShell.Parsing;

/// <summary>Which part of a parse found an error.</summary>
internal enum ErrorPhase
{
    /// <summary>The tokenizer: a malformed token (an unterminated string, a bad variable name).</summary>
    Lexical,

    /// <summary>The parser: a token out of place or missing.</summary>
    Syntax,

    /// <summary>A check made after parsing: requirements, semantic checks.</summary>
    Check,
}
