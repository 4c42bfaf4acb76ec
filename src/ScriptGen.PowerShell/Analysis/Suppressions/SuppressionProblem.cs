using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Suppressions;

/// <summary>A suppression written wrongly (a missing justification, a non-constant argument, a target that matches nothing).</summary>
public sealed record SuppressionProblem(TextSpan Span, string Message);
