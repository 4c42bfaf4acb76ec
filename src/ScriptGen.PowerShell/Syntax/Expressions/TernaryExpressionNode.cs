using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A ternary expression: <c>$c ? $a : $b</c>.</summary>
public sealed class TernaryExpressionNode : ExpressionNode
{
    internal TernaryExpressionNode(ExpressionNode condition, Token questionMark, ExpressionNode ifTrue, Token colon, ExpressionNode ifFalse)
    {
        Condition = condition;
        QuestionMark = questionMark;
        IfTrue = ifTrue;
        Colon = colon;
        IfFalse = ifFalse;
        Adopt(Condition);
        Adopt(IfTrue);
        Adopt(IfFalse);
    }

    /// <summary>The condition.</summary>
    public ExpressionNode Condition { get; }

    /// <summary>The <c>?</c>.</summary>
    public Token QuestionMark { get; }

    /// <summary>The value when true.</summary>
    public ExpressionNode IfTrue { get; }

    /// <summary>The <c>:</c>.</summary>
    public Token Colon { get; }

    /// <summary>The value when false.</summary>
    public ExpressionNode IfFalse { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTernaryExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Condition);
        sink.Token(QuestionMark);
        sink.Node(IfTrue);
        sink.Token(Colon);
        sink.Node(IfFalse);
    }
}
