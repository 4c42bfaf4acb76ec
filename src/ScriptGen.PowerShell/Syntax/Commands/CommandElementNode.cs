namespace ScriptGen.PowerShell.Syntax;

/// <summary>An element of a command: its name, an argument or a parameter.</summary>
public abstract class CommandElementNode : SyntaxNode
{
}
