using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Lexing;

/// <summary>
/// One token: its kind, flags and span. Text is read from the source (<see cref="SourceText.GetText(TextSpan)"/>),
/// so a token costs no string. <see cref="Index"/> is the token's position in <c>ParseResult.Tokens</c>, or -1 for
/// tokens scanned inside an expandable string.
/// </summary>
public readonly record struct Token(TokenKind Kind, TokenFlags Flags, int Start, int Length, int Index)
{
    /// <summary>The span of the token's text.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>The 0-based offset just past the token.</summary>
    public int End => Start + Length;

    /// <summary>True when the token is whitespace, a comment, a line continuation or a newline.</summary>
    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.Comment or TokenKind.LineContinuation or TokenKind.NewLine;

    /// <summary>True when the token holds an error (e.g. an unterminated string).</summary>
    public bool HasError => (Flags & TokenFlags.TokenInError) != 0;

    /// <summary>The token's text in <paramref name="source"/>.</summary>
    public string GetText(SourceText source) => source.Text.Substring(Start, Length);

    /// <summary>The token's text as a span of <paramref name="source"/>, without allocating.</summary>
    public ReadOnlySpan<char> GetTextSpan(SourceText source) => source.Text.AsSpan(Start, Length);

    internal Token WithFlags(TokenFlags flags) => this with { Flags = flags };

    internal Token WithKind(TokenKind kind) => this with { Kind = kind };
}
