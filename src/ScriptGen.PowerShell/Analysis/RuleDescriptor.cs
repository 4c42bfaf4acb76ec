using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// What a rule is: its name (PS… for PSScriptAnalyzer's rules, SG… for ScriptGen's own; also its class, file, doc page
/// and test class), default severity, whether it runs without being enabled, a one-line description and its options.
/// </summary>
public sealed record RuleDescriptor(string Name, DiagnosticSeverity Severity, bool EnabledByDefault, string Description)
{
    /// <summary>The options a settings file may set under Rules = @{ Name = @{ ... } }, besides Enable.</summary>
    public IReadOnlyList<RuleOptionDescriptor> Options { get; init; } = [];

    /// <summary>True for PSScriptAnalyzer-compatible rules.</summary>
    public bool IsPSScriptAnalyzerRule => Name.StartsWith("PS", StringComparison.Ordinal);
}
