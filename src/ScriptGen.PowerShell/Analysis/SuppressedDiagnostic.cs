using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>A finding that a suppression silenced, with the suppression's justification and where it was written.</summary>
public sealed record SuppressedDiagnostic(Diagnostic Diagnostic, string Justification, SuppressionSource Source);
