namespace ScriptGen.PowerShell.Diagnostics;

/// <summary>How serious a finding is; the values and their order are PSScriptAnalyzer's.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A suggestion; never fails a run by default.</summary>
    Information = 0,
    /// <summary>A likely problem that does not stop a bundle.</summary>
    Warning = 1,
    /// <summary>A defect: a bundle with an Error finding is refused.</summary>
    Error = 2,
    /// <summary>The script does not parse; cannot be suppressed.</summary>
    ParseError = 3,
}
