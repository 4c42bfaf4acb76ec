namespace ScriptGen.PowerShell.Syntax;

/// <summary>A cast: <c>[int]$x</c>, <c>[ordered]@{}</c>.</summary>
public sealed class ConvertExpressionNode : ExpressionNode
{
    internal ConvertExpressionNode(TypeConstraintNode type, ExpressionNode child)
    {
        Type = type;
        Child = child;
        Adopt(Type);
        Adopt(Child);
    }

    /// <summary>The type cast to.</summary>
    public TypeConstraintNode Type { get; }

    /// <summary>The expression cast.</summary>
    public ExpressionNode Child { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitConvertExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Type);
        sink.Node(Child);
    }
}
