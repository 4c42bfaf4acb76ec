using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A property access: <c>$x.Name</c>, <c>[Math]::PI</c>, <c>$x?.Name</c>, <c>$x.$name</c>.</summary>
public class MemberExpressionNode : ExpressionNode
{
    internal MemberExpressionNode(ExpressionNode expression, Token operatorToken, CommandElementNode member)
    {
        Expression = expression;
        OperatorToken = operatorToken;
        Member = member;
        Adopt(Expression);
        Adopt(Member);
    }

    /// <summary>The object (or type) whose member is read.</summary>
    public ExpressionNode Expression { get; }

    /// <summary>The <c>.</c>, <c>::</c> or <c>?.</c>.</summary>
    public Token OperatorToken { get; }

    /// <summary>The member: a bare word for a simple name, else an expression.</summary>
    public CommandElementNode Member { get; }

    /// <summary>True for <c>::</c>.</summary>
    public bool Static => OperatorToken.Kind == TokenKind.ColonColon;

    /// <summary>True for <c>?.</c>.</summary>
    public bool NullConditional => OperatorToken.Kind == TokenKind.QuestionDot;

    /// <summary>The member's name when it is a constant, else null.</summary>
    public string? MemberName => (Member as StringConstantExpressionNode)?.Value;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitMemberExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Expression);
        sink.Token(OperatorToken);
        sink.Node(Member);
    }
}
