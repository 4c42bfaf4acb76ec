namespace ScriptGen.PowerShell.Syntax;

/// <summary>An element of a pipeline: a command or an expression, with redirections.</summary>
public abstract class CommandBaseNode : SyntaxNode
{
    /// <summary>The redirections applied to this element, in source order.</summary>
    public abstract IReadOnlyList<RedirectionNode> Redirections { get; }

}
