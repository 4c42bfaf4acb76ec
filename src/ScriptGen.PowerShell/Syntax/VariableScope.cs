namespace ScriptGen.PowerShell.Syntax;

/// <summary>The scope a variable path names explicitly.</summary>
public enum VariableScope
{
    /// <summary>No scope qualifier.</summary>
    None,
    /// <summary><c>global:</c></summary>
    Global,
    /// <summary><c>local:</c></summary>
    Local,
    /// <summary><c>private:</c></summary>
    Private,
    /// <summary><c>script:</c></summary>
    Script,
}
