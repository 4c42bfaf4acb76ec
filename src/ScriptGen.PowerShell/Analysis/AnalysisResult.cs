using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// What analysing one script found: the findings that stand (parse errors first, then rule findings, ordered by
/// position and rule name) and those a suppression silenced.
/// </summary>
public sealed record AnalysisResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<SuppressedDiagnostic> Suppressed);
