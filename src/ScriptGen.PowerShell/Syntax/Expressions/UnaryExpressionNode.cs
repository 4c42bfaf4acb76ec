using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A unary operation: <c>-not $x</c>, <c>!$x</c>, <c>-$x</c>, <c>++$i</c>, <c>$i--</c>, <c>-split $s</c>.</summary>
public sealed class UnaryExpressionNode : ExpressionNode
{
    internal UnaryExpressionNode(Token operatorToken, ExpressionNode operand, TokenKind @operator)
    {
        OperatorToken = operatorToken;
        Operand = operand;
        Operator = @operator;
        Adopt(Operand);
    }

    /// <summary>The operator.</summary>
    public Token OperatorToken { get; }

    /// <summary>The operand.</summary>
    public ExpressionNode Operand { get; }

    /// <summary>The operator kind; postfix <c>++</c> and <c>--</c> are PostfixPlusPlus and PostfixMinusMinus.</summary>
    public TokenKind Operator { get; }

    /// <summary>True for postfix <c>$i++</c> and <c>$i--</c>.</summary>
    public bool IsPostfix => Operator is TokenKind.PostfixPlusPlus or TokenKind.PostfixMinusMinus;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitUnaryExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        if (IsPostfix)
        {
            sink.Node(Operand);
            sink.Token(OperatorToken);
        }
        else
        {
            sink.Token(OperatorToken);
            sink.Node(Operand);
        }
    }

}
