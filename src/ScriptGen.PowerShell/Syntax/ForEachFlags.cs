namespace ScriptGen.PowerShell.Syntax;

/// <summary>The options of a <c>foreach</c> statement.</summary>
[Flags]
public enum ForEachFlags
{
    /// <summary>No option.</summary>
    None = 0,
    /// <summary><c>-parallel</c> (workflows only).</summary>
    Parallel = 1,
}
