using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An index: <c>$a[0]</c>, <c>$h['key']</c>, <c>$a?[0]</c>.</summary>
public sealed class IndexExpressionNode : ExpressionNode
{
    internal IndexExpressionNode(ExpressionNode target, Token openBracket, ExpressionNode index, Token? closeBracket)
    {
        Target = target;
        OpenBracket = openBracket;
        Index = index;
        CloseBracket = closeBracket;
        Adopt(Target);
        Adopt(Index);
    }

    /// <summary>The indexed expression.</summary>
    public ExpressionNode Target { get; }

    /// <summary>The <c>[</c> or <c>?[</c>.</summary>
    public Token OpenBracket { get; }

    /// <summary>The index.</summary>
    public ExpressionNode Index { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <summary>True for <c>?[</c>.</summary>
    public bool NullConditional => OpenBracket.Kind == TokenKind.QuestionLBracket;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitIndexExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Target);
        sink.Token(OpenBracket);
        sink.Node(Index);
        sink.Token(CloseBracket);
    }
}
