using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A binary operation: <c>$a + $b</c>, <c>$x -eq 1</c>, <c>$a ?? $b</c>.</summary>
public sealed class BinaryExpressionNode : ExpressionNode
{
    internal BinaryExpressionNode(ExpressionNode left, Token operatorToken, ExpressionNode right)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        Adopt(Left);
        Adopt(Right);
    }

    /// <summary>The left operand.</summary>
    public ExpressionNode Left { get; }

    /// <summary>The operator as written (its text tells <c>-eq</c> from <c>-ieq</c>).</summary>
    public Token OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ExpressionNode Right { get; }

    /// <summary>The operator kind, PowerShell's: <c>-eq</c> and <c>-ieq</c> are Ieq, <c>-ceq</c> is Ceq.</summary>
    public TokenKind Operator => OperatorToken.Kind;

    /// <summary>True for a case-sensitive operator (<c>-ceq</c>, <c>-cmatch</c> ...).</summary>
    public bool IsCaseSensitive => OperatorToken.Kind.HasTrait(TokenFlags.CaseSensitiveOperator);

    /// <summary>True when the operator was written with an explicit <c>i</c> (<c>-ieq</c>).</summary>
    public bool IsExplicitlyCaseInsensitive
    {
        get
        {
            var text = Source.Text.AsSpan(OperatorToken.Start, OperatorToken.Length);
            return text.Length > 2 && text[1] is 'i' or 'I' && OperatorToken.Kind is >= TokenKind.Ieq and <= TokenKind.Isplit
                && !text[1..].Equals("in", StringComparison.OrdinalIgnoreCase) && !text[1..].StartsWith("is", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitBinaryExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Left);
        sink.Token(OperatorToken);
        sink.Node(Right);
    }
}
