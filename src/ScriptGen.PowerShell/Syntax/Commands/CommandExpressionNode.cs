namespace ScriptGen.PowerShell.Syntax;

/// <summary>An expression used as a pipeline element, with its redirections.</summary>
public sealed class CommandExpressionNode : CommandBaseNode
{
    internal CommandExpressionNode(ExpressionNode expression, IReadOnlyList<RedirectionNode> redirectionList)
    {
        Expression = expression;
        RedirectionList = redirectionList;
        Adopt(Expression);
        AdoptAll(RedirectionList);
    }

    /// <summary>The expression.</summary>
    public ExpressionNode Expression { get; }

    /// <summary>The redirections after the expression.</summary>
    public IReadOnlyList<RedirectionNode> RedirectionList { get; }

    /// <inheritdoc />
    public override IReadOnlyList<RedirectionNode> Redirections => RedirectionList;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitCommandExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Expression);
        sink.Nodes(RedirectionList);
    }
}
