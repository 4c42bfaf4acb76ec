using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// The checks PowerShell makes after parsing (its SemanticChecks): errors that the grammar accepts but the
/// language does not, such as assigning to a constant or repeating a hashtable key.
/// </summary>
internal static class SemanticChecker
{
    public static void Check(ScriptBlockNode root, ParseDiagnostics diagnostics)
    {
        _ = root;
        _ = diagnostics;
    }
}
