namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>$using:</c> reference (to a caller's variable in a remote or parallel script block).</summary>
public sealed class UsingExpressionNode : ExpressionNode
{
    internal UsingExpressionNode(ExpressionNode subExpression)
    {
        SubExpression = subExpression;
        Adopt(SubExpression);
    }

    /// <summary>The variable (with <c>using:</c> removed from its path) and any member access or index on it.</summary>
    public ExpressionNode SubExpression { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitUsingExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(SubExpression);
    }
}
