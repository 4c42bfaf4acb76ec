namespace ScriptGen.PowerShell.Analysis;

/// <summary>A rule as the registry lists it: its descriptor and how to make a fresh instance for one script.</summary>
public sealed record RuleDefinition(RuleDescriptor Descriptor, Func<ScriptRule> Create);
