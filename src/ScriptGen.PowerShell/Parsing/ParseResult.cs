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

    /// <summary>Prints the tree back to text; equal to <see cref="Source"/>'s text.</summary>
    public string Print() => SyntaxPrinter.Print(Root, Tokens);
}
