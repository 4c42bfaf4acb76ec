namespace ScriptGen.PowerShell.Syntax;

/// <summary>The options of a <c>switch</c> statement.</summary>
[Flags]
public enum SwitchFlags
{
    /// <summary>No option.</summary>
    None = 0,
    /// <summary><c>-file</c>: switch on the lines of a file.</summary>
    File = 0x1,
    /// <summary><c>-regex</c>: clauses are regular expressions.</summary>
    Regex = 0x2,
    /// <summary><c>-wildcard</c>: clauses are wildcard patterns.</summary>
    Wildcard = 0x4,
    /// <summary><c>-exact</c> was given (the default matching).</summary>
    Exact = 0x8,
    /// <summary><c>-casesensitive</c>.</summary>
    CaseSensitive = 0x10,
    /// <summary><c>-parallel</c> (workflows only).</summary>
    Parallel = 0x20,
}
