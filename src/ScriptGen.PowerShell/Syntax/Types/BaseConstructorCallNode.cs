using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>The <c>: base(args)</c> part of a constructor.</summary>
public sealed class BaseConstructorCallNode : SyntaxNode
{
    internal BaseConstructorCallNode(Token colon, Token baseKeyword, Token? openParen, IReadOnlyList<ExpressionNode> arguments, IReadOnlyList<Token> commas, Token? closeParen)
    {
        Colon = colon;
        BaseKeyword = baseKeyword;
        OpenParen = openParen;
        Arguments = arguments;
        Commas = commas;
        CloseParen = closeParen;
        AdoptAll(Arguments);
    }

    /// <summary>The <c>:</c>.</summary>
    public Token Colon { get; }

    /// <summary>The <c>base</c> keyword.</summary>
    public Token BaseKeyword { get; }

    /// <summary>The <c>(</c>, or null when missing.</summary>
    public Token? OpenParen { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ExpressionNode> Arguments { get; }

    /// <summary>The commas between arguments.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c>, or null.</summary>
    public Token? CloseParen { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitBaseConstructorCall(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Colon);
        sink.Token(BaseKeyword);
        sink.Token(OpenParen);
        sink.Interleave(Arguments, Commas);
        sink.Token(CloseParen);
    }
}
