namespace ScriptGen.PowerShell.Lexing;

/// <summary>How the tokenizer reads the next characters; the parser switches modes as PowerShell's does.</summary>
internal enum TokenizerMode
{
    /// <summary>Argument mode: bare words are command names and arguments.</summary>
    Command,
    /// <summary>Expression mode: operators, numbers and member names.</summary>
    Expression,
    /// <summary>Inside <c>[...]</c>: type names.</summary>
    TypeName,
    /// <summary>A class or method signature.</summary>
    Signature,
}
