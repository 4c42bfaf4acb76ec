using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An array sub-expression: <c>@( ... )</c>.</summary>
public sealed class ArrayExpressionNode : ExpressionNode
{
    internal ArrayExpressionNode(Token openToken, StatementBlockNode subExpression, Token? closeParen)
    {
        OpenToken = openToken;
        SubExpression = subExpression;
        CloseParen = closeParen;
        Adopt(SubExpression);
    }

    /// <summary>The <c>@(</c>.</summary>
    public Token OpenToken { get; }

    /// <summary>The statements inside.</summary>
    public StatementBlockNode SubExpression { get; }

    /// <summary>The <c>)</c>, or null when missing.</summary>
    public Token? CloseParen { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitArrayExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenToken);
        sink.Node(SubExpression);
        sink.Token(CloseParen);
    }
}
