namespace ScriptGen.PowerShell.Syntax;

/// <summary>A type name: simple, array or generic.</summary>
public abstract class TypeNameNode : SyntaxNode
{
    /// <summary>The name as PowerShell prints it (<c>System.Collections.Generic.List[string]</c>, <c>int[]</c>).</summary>
    public abstract string FullName { get; }

    /// <summary>The name without assembly (<c>List[string]</c>); for a simple name, the name itself.</summary>
    public abstract string Name { get; }

}
