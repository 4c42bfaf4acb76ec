using ScriptGen.PowerShell.Analysis;

namespace ScriptGen.Core.Linting;

/// <summary>What the lint step ran, as recorded in the manifest: the engine, whether it parsed, which rules and settings.</summary>
public sealed record LintEngineInfo(string Name, string Version, bool Parses, IReadOnlyList<RuleDescriptor> Rules, string Settings);
