namespace ScriptGen.PowerShell.Syntax;

/// <summary>A script block literal: <c>{ ... }</c>.</summary>
public sealed class ScriptBlockExpressionNode : ExpressionNode
{
    internal ScriptBlockExpressionNode(ScriptBlockNode scriptBlock)
    {
        ScriptBlock = scriptBlock;
        Adopt(ScriptBlock);
    }

    /// <summary>The script block.</summary>
    public ScriptBlockNode ScriptBlock { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitScriptBlockExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(ScriptBlock);
    }
}
