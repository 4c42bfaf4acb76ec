namespace ScriptGen.PowerShell.Syntax;

/// <summary>A statement.</summary>
public abstract class StatementNode : SyntaxNode
{
}
