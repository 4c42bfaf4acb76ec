using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>The <c>[int, string]</c> type arguments of a generic method call.</summary>
public sealed class GenericMethodArgumentsNode : SyntaxNode
{
    internal GenericMethodArgumentsNode(Token openBracket, IReadOnlyList<TypeNameNode> typeArguments, IReadOnlyList<Token> punctuation, Token? closeBracket)
    {
        OpenBracket = openBracket;
        TypeArguments = typeArguments;
        Punctuation = punctuation;
        CloseBracket = closeBracket;
        AdoptAll(TypeArguments);
    }

    /// <summary>The <c>[</c>.</summary>
    public Token OpenBracket { get; }

    /// <summary>The type arguments.</summary>
    public IReadOnlyList<TypeNameNode> TypeArguments { get; }

    /// <summary>The commas and the brackets around bracketed arguments.</summary>
    public IReadOnlyList<Token> Punctuation { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitGenericMethodArguments(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBracket);
        sink.Interleave(TypeArguments, Punctuation);
        sink.Token(CloseBracket);
    }
}
