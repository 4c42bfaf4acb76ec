using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>The outcome of a parse: the tree, every token (trivia included) and the parse errors.</summary>
public sealed class ParseResult
{
    internal ParseResult(SourceText source, ScriptBlockNode root, IReadOnlyList<Token> tokens, IReadOnlyList<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    /// <summary>The scanning work the parse took (tokens and characters, rescans included); tests check it stays linear in the text's length.</summary>
    internal long WorkUnits { get; init; }

    /// <summary>The text parsed.</summary>
    public SourceText Source { get; }

    /// <summary>The script block of the whole script.</summary>
    public ScriptBlockNode Root { get; }

    /// <summary>Every token in order, whitespace, newlines and comments included; together they cover the text, and the last is EndOfInput.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The parse errors, in the order found; severity ParseError, rule name PowerShell's error id.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>True when the script has a parse error.</summary>
    public bool HasErrors => Diagnostics.Count > 0;

    /// <summary>What the script's <c>#requires</c> comments ask for.</summary>
    public ScriptRequirements Requirements => Root.Requirements ?? new ScriptRequirements();

    /// <summary>The comment tokens, in order (comment-based help, <c>#requires</c>, suppression comments ...).</summary>
    public IEnumerable<Token> Comments => Tokens.Where(static t => t.Kind == TokenKind.Comment);

    /// <summary>A token's text.</summary>
    public string GetText(Token token) => Source.Text.Substring(token.Start, token.Length);

    /// <summary>The index in <see cref="Tokens"/> of the token that holds a position (the last token for the end of the text).</summary>
    public int FindTokenIndex(int position)
    {
        int low = 0, high = Tokens.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (Tokens[middle].Start <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        // Skip empty tokens (EndOfInput at the end, synthetic ones) back to the one that covers the position.
        while (low > 0 && Tokens[low].Start == position && Tokens[low].Length == 0 && Tokens[low - 1].End > position)
        {
            low--;
        }

        return low;
    }

    /// <summary>The tokens that lie inside a span, trivia included, in order.</summary>
    public IEnumerable<Token> TokensIn(TextSpan span)
    {
        for (var i = FindTokenIndex(span.Start); i < Tokens.Count && Tokens[i].Start < span.End; i++)
        {
            if (Tokens[i].Start >= span.Start && Tokens[i].End <= span.End && Tokens[i].Length > 0)
            {
                yield return Tokens[i];
            }
        }
    }

    /// <summary>
    /// The comments right before a node, separated from it and from each other only by white space and line breaks,
    /// in source order (comment-based help before a function, a suppression comment above a statement).
    /// </summary>
    public IReadOnlyList<Token> GetLeadingComments(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var comments = new List<Token>();
        for (var i = FindTokenIndex(node.Span.Start) - 1; i >= 0; i--)
        {
            var token = Tokens[i];
            if (token.Kind == TokenKind.Comment)
            {
                comments.Add(token);
            }
            else if (token.Kind is not (TokenKind.Whitespace or TokenKind.NewLine))
            {
                break;
            }
        }

        comments.Reverse();
        return comments;
    }

    /// <summary>The comments inside a node's text, in order.</summary>
    public IEnumerable<Token> GetCommentsWithin(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        foreach (var token in TokensIn(node.Span))
        {
            if (token.Kind == TokenKind.Comment)
            {
                yield return token;
            }
        }
    }

    /// <summary>Prints the tree back to text; equal to <see cref="Source"/>'s text.</summary>
    public string Print() => SyntaxPrinter.Print(Root, Tokens);
}
