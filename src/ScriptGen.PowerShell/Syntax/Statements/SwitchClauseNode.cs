namespace ScriptGen.PowerShell.Syntax;

/// <summary>A clause of a <c>switch</c>: a condition and a block, or <c>default</c> and a block.</summary>
public sealed class SwitchClauseNode : SyntaxNode
{
    internal SwitchClauseNode(ExpressionNode condition, StatementBlockNode body, bool isDefault)
    {
        Condition = condition;
        Body = body;
        IsDefault = isDefault;
        Adopt(Condition);
        Adopt(Body);
    }

    /// <summary>The condition (for <c>default</c>, the bare word <c>default</c>).</summary>
    public ExpressionNode Condition { get; }

    /// <summary>The block.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>True for the <c>default</c> clause.</summary>
    public bool IsDefault { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitSwitchClause(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Condition);
        sink.Node(Body);
    }
}
