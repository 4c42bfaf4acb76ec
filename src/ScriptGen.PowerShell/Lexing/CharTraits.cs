namespace ScriptGen.PowerShell.Lexing;

/// <summary>Character classes as PowerShell's tokenizer sees them, including its Unicode dashes, quotes and blanks.</summary>
internal static class CharTraits
{
    internal const char NoBreakSpace = '\u00A0';
    internal const char NextLine = '\u0085';
    internal const char EnDash = '\u2013';
    internal const char EmDash = '\u2014';
    internal const char HorizontalBar = '\u2015';
    internal const char QuoteSingleLeft = '\u2018';
    internal const char QuoteSingleRight = '\u2019';
    internal const char QuoteSingleBase = '\u201A';
    internal const char QuoteReversed = '\u201B';
    internal const char QuoteDoubleLeft = '\u201C';
    internal const char QuoteDoubleRight = '\u201D';
    internal const char QuoteLowDoubleLeft = '\u201E';

    [Flags]
    private enum Traits : ushort
    {
        None = 0,
        IdentifierStart = 1 << 0,
        MultiplierStart = 1 << 1,
        TypeSuffix = 1 << 2,
        Whitespace = 1 << 3,
        HexDigit = 1 << 4,
        Digit = 1 << 5,
        VariableStart = 1 << 6,
        ForceStartNewToken = 1 << 7,
        ForceStartNewAssemblyNameSpecToken = 1 << 8,
        ForceStartNewTokenAfterNumber = 1 << 9,
    }

    private static readonly Traits[] Table = BuildTable();

    /// <summary>Blanks, not newlines: space, tab, VT, FF, NBSP, NEL and Unicode separators.</summary>
    internal static bool IsWhitespace(this char c) =>
        c < 128 ? (Table[c] & Traits.Whitespace) != 0 : c <= 256 ? c is NoBreakSpace or NextLine : char.IsSeparator(c);

    internal static bool IsDash(this char c) => c is '-' or EnDash or EmDash or HorizontalBar;

    internal static bool IsSingleQuote(this char c) => c is '\'' or QuoteSingleLeft or QuoteSingleRight or QuoteSingleBase or QuoteReversed;

    internal static bool IsDoubleQuote(this char c) => c is '"' or QuoteDoubleLeft or QuoteDoubleRight or QuoteLowDoubleLeft;

    /// <summary>Can start the name of an unbraced variable.</summary>
    internal static bool IsVariableStart(this char c) => c < 128 ? (Table[c] & Traits.VariableStart) != 0 : char.IsLetterOrDigit(c);

    internal static bool IsIdentifierStart(this char c) => c < 128 ? (Table[c] & Traits.IdentifierStart) != 0 : char.IsLetter(c);

    internal static bool IsIdentifierFollow(this char c) =>
        c < 128 ? (Table[c] & (Traits.IdentifierStart | Traits.Digit)) != 0 : char.IsLetterOrDigit(c);

    internal static bool IsHexDigit(this char c) => c < 128 && (Table[c] & Traits.HexDigit) != 0;

    internal static bool IsDecimalDigit(this char c) => (uint)(c - '0') <= 9;

    internal static bool IsBinaryDigit(this char c) => (uint)(c - '0') <= 1;

    internal static bool IsTypeSuffix(this char c) => c < 128 && (Table[c] & Traits.TypeSuffix) != 0;

    internal static bool IsMultiplierStart(this char c) => c < 128 && (Table[c] & Traits.MultiplierStart) != 0;

    /// <summary>Ends a bare word in any mode: blanks, newlines, <c>{ } ( ) ; , | &amp;</c> and NUL.</summary>
    internal static bool ForceStartNewToken(this char c) => c < 128 ? (Table[c] & Traits.ForceStartNewToken) != 0 : c.IsWhitespace();

    internal static bool ForceStartNewTokenAfterNumber(this char c, bool endOnTernaryChars)
    {
        if (c < 128)
        {
            return (Table[c] & Traits.ForceStartNewTokenAfterNumber) != 0 || (endOnTernaryChars && c is '?' or ':');
        }

        return c.IsDash();
    }

    internal static bool ForceStartNewTokenInAssemblyNameSpec(this char c) =>
        c < 128 ? (Table[c] & Traits.ForceStartNewAssemblyNameSpecToken) != 0 : c.IsWhitespace();

    private static Traits[] BuildTable()
    {
        var table = new Traits[128];
        const Traits endsWord = Traits.ForceStartNewToken | Traits.ForceStartNewAssemblyNameSpecToken;
        table[0] = endsWord;
        table['\t'] = table['\v'] = table['\f'] = table[' '] = Traits.Whitespace | endsWord;
        table['\n'] = table['\r'] = endsWord;
        foreach (var c in "&(){}|;")
        {
            table[c] = Traits.ForceStartNewToken;
        }

        table[','] = endsWord;
        foreach (var c in "!#%*+-./<>")
        {
            table[c] = Traits.ForceStartNewTokenAfterNumber;
        }

        table['='] = Traits.ForceStartNewAssemblyNameSpecToken | Traits.ForceStartNewTokenAfterNumber;
        table[']'] = Traits.ForceStartNewAssemblyNameSpecToken | Traits.ForceStartNewTokenAfterNumber;
        foreach (var c in "$:?^")
        {
            table[c] = Traits.VariableStart;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] = Traits.Digit | Traits.HexDigit | Traits.VariableStart;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            var traits = Traits.IdentifierStart | Traits.VariableStart;
            traits |= c <= 'f' ? Traits.HexDigit : Traits.None;
            traits |= "dlnsuy".Contains(c) ? Traits.TypeSuffix : Traits.None;
            traits |= "gkmpt".Contains(c) ? Traits.MultiplierStart : Traits.None;
            table[c] = traits;
            table[char.ToUpperInvariant(c)] = traits;
        }

        table['_'] = Traits.IdentifierStart | Traits.VariableStart;
        return table;
    }
}
