namespace ScriptGen.PowerShell.Syntax;

/// <summary>A statement that produces output: a pipeline, a pipeline chain, an assignment or an error.</summary>
public abstract class PipelineBaseNode : StatementNode
{
    /// <summary>The expression when the statement is a single pipeline of one expression (<c>$x + 1</c>), else null.</summary>
    public virtual ExpressionNode? GetPureExpression() => null;

}
