namespace ScriptGen.PowerShell.Lexing;

/// <summary>Case-insensitive lookup of keywords and dash operators (<c>-eq</c>, <c>-replace</c>), without allocating.</summary>
internal static class OperatorTable
{
    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> Keywords = BuildKeywords();
    private static readonly Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> Operators = BuildOperators();

    internal static bool TryGetKeyword(ReadOnlySpan<char> word, out TokenKind kind) => Keywords.TryGetValue(word, out kind);

    /// <summary>Looks up an operator name without its dash (<c>eq</c>, <c>creplace</c>).</summary>
    internal static bool TryGetOperator(ReadOnlySpan<char> name, out TokenKind kind) => Operators.TryGetValue(name, out kind);

    /// <summary>True when the word is a language keyword (not a dynamic keyword).</summary>
    internal static bool IsKeyword(ReadOnlySpan<char> word) => Keywords.ContainsKey(word);

    private static Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> BuildKeywords()
    {
        var table = new Dictionary<string, TokenKind>(StringComparer.OrdinalIgnoreCase);
        for (var kind = TokenKind.Begin; kind <= TokenKind.Clean; kind++)
        {
            if (kind != TokenKind.DynamicKeyword)
            {
                table.Add(kind.Text(), kind);
            }
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Dictionary<string, TokenKind>.AlternateLookup<ReadOnlySpan<char>> BuildOperators()
    {
        var table = new Dictionary<string, TokenKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["bnot"] = TokenKind.Bnot,
            ["not"] = TokenKind.Not,
            ["is"] = TokenKind.Is,
            ["isnot"] = TokenKind.IsNot,
            ["as"] = TokenKind.As,
            ["f"] = TokenKind.Format,
            ["and"] = TokenKind.And,
            ["band"] = TokenKind.Band,
            ["or"] = TokenKind.Or,
            ["bor"] = TokenKind.Bor,
            ["xor"] = TokenKind.Xor,
            ["bxor"] = TokenKind.Bxor,
            ["join"] = TokenKind.Join,
            ["shl"] = TokenKind.Shl,
            ["shr"] = TokenKind.Shr,
        };

        // Each comparison comes bare (case-insensitive), with an "i" prefix (the same) and with a "c" prefix.
        (string Name, TokenKind Insensitive, TokenKind Sensitive)[] comparisons =
        [
            ("eq", TokenKind.Ieq, TokenKind.Ceq), ("ne", TokenKind.Ine, TokenKind.Cne), ("ge", TokenKind.Ige, TokenKind.Cge),
            ("gt", TokenKind.Igt, TokenKind.Cgt), ("lt", TokenKind.Ilt, TokenKind.Clt), ("le", TokenKind.Ile, TokenKind.Cle),
            ("like", TokenKind.Ilike, TokenKind.Clike), ("notlike", TokenKind.Inotlike, TokenKind.Cnotlike),
            ("match", TokenKind.Imatch, TokenKind.Cmatch), ("notmatch", TokenKind.Inotmatch, TokenKind.Cnotmatch),
            ("replace", TokenKind.Ireplace, TokenKind.Creplace), ("contains", TokenKind.Icontains, TokenKind.Ccontains),
            ("notcontains", TokenKind.Inotcontains, TokenKind.Cnotcontains), ("in", TokenKind.Iin, TokenKind.Cin),
            ("notin", TokenKind.Inotin, TokenKind.Cnotin), ("split", TokenKind.Isplit, TokenKind.Csplit),
        ];
        foreach (var (name, insensitive, sensitive) in comparisons)
        {
            table[name] = insensitive;
            table["i" + name] = insensitive;
            table["c" + name] = sensitive;
        }

        return table.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
