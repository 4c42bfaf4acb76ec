namespace ScriptGen.PowerShell.Syntax;

/// <summary>An expression with an attribute in front: <c>[ValidateNotNull()]$x</c>.</summary>
public sealed class AttributedExpressionNode : ExpressionNode
{
    internal AttributedExpressionNode(AttributeBaseNode attribute, ExpressionNode child)
    {
        Attribute = attribute;
        Child = child;
        Adopt(Attribute);
        Adopt(Child);
    }

    /// <summary>The attribute.</summary>
    public AttributeBaseNode Attribute { get; }

    /// <summary>The expression.</summary>
    public ExpressionNode Child { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitAttributedExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Attribute);
        sink.Node(Child);
    }
}
