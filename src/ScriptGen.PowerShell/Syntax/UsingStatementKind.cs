namespace ScriptGen.PowerShell.Syntax;

/// <summary>What a <c>using</c> statement imports.</summary>
public enum UsingStatementKind
{
    /// <summary><c>using assembly</c></summary>
    Assembly,
    /// <summary><c>using command</c> (reserved)</summary>
    Command,
    /// <summary><c>using module</c></summary>
    Module,
    /// <summary><c>using namespace</c></summary>
    Namespace,
    /// <summary><c>using type</c> (reserved)</summary>
    Type,
}
