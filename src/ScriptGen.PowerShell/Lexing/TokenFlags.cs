namespace ScriptGen.PowerShell.Lexing;

/// <summary>Traits of a token, with PowerShell's names and values: static traits of its kind plus flags the parser sets.</summary>
[Flags]
public enum TokenFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Precedence of <c>-and -or -xor</c>.</summary>
    BinaryPrecedenceLogical = 0x1,
    /// <summary>Precedence of <c>-band -bor -bxor</c>.</summary>
    BinaryPrecedenceBitwise = 0x2,
    /// <summary>Precedence of comparison operators.</summary>
    BinaryPrecedenceComparison = 0x5,
    /// <summary>Precedence of <c>??</c>.</summary>
    BinaryPrecedenceCoalesce = 0x7,
    /// <summary>Precedence of <c>+ -</c>.</summary>
    BinaryPrecedenceAdd = 0x9,
    /// <summary>Precedence of <c>* / %</c>.</summary>
    BinaryPrecedenceMultiply = 0xa,
    /// <summary>Precedence of <c>-f</c>.</summary>
    BinaryPrecedenceFormat = 0xc,
    /// <summary>Precedence of <c>..</c>.</summary>
    BinaryPrecedenceRange = 0xd,
    /// <summary>Mask of the precedence bits.</summary>
    BinaryPrecedenceMask = 0xf,

    /// <summary>A keyword.</summary>
    Keyword = 0x10,
    /// <summary>A keyword that names a script block block (begin, process, end, clean, dynamicparam).</summary>
    ScriptBlockBlockName = 0x20,
    /// <summary>A binary operator.</summary>
    BinaryOperator = 0x100,
    /// <summary>A unary operator.</summary>
    UnaryOperator = 0x200,
    /// <summary>A case-sensitive operator (<c>-ceq</c> and friends).</summary>
    CaseSensitiveOperator = 0x400,
    /// <summary>The ternary operator.</summary>
    TernaryOperator = 0x800,
    /// <summary>A special operator (member access, invocation, pipe).</summary>
    SpecialOperator = 0x1000,
    /// <summary>An assignment operator.</summary>
    AssignmentOperator = 0x2000,
    /// <summary>The token scans the same in command and expression mode.</summary>
    ParseModeInvariant = 0x8000,
    /// <summary>The token holds an error (e.g. an unterminated string).</summary>
    TokenInError = 0x10000,
    /// <summary>The operator is not allowed in restricted language mode.</summary>
    DisallowedInRestrictedMode = 0x20000,
    /// <summary>A prefix or postfix operator (<c>++ --</c>).</summary>
    PrefixOrPostfixOperator = 0x40000,
    /// <summary>Set by the parser: the token names a command.</summary>
    CommandName = 0x80000,
    /// <summary>Set by the parser: the token names a member.</summary>
    MemberName = 0x100000,
    /// <summary>Set by the parser: the token names a type.</summary>
    TypeName = 0x200000,
    /// <summary>Set by the parser: the token names an attribute.</summary>
    AttributeName = 0x400000,
    /// <summary>The operator may be folded when its operands are constants.</summary>
    CanConstantFold = 0x800000,
    /// <summary>The keyword starts a statement that cannot carry attributes.</summary>
    StatementDoesntSupportAttributes = 0x1000000,
}
