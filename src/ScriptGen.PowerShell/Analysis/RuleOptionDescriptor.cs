namespace ScriptGen.PowerShell.Analysis;

/// <summary>A configurable option of a rule: its name in settings files (as PSScriptAnalyzer spells it), type, default and meaning.</summary>
public sealed record RuleOptionDescriptor(string Name, RuleOptionKind Kind, object DefaultValue, string Description);
