using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Suppressions;

/// <summary>
/// A suppression: findings of <paramref name="RuleName"/> whose extent lies within <paramref name="Scope"/> (and whose
/// suppression id equals <paramref name="SuppressionId"/>, when one is given) are silenced, with the justification recorded.
/// </summary>
public sealed record Suppression(string RuleName, string? SuppressionId, TextSpan Scope, string Justification, SuppressionSource Source, TextSpan Declaration);
