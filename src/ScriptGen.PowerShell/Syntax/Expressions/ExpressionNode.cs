namespace ScriptGen.PowerShell.Syntax;

/// <summary>An expression.</summary>
public abstract class ExpressionNode : CommandElementNode
{
}
