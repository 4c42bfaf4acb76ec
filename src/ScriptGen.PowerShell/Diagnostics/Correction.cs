using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Diagnostics;

/// <summary>A suggested fix: replace the text of <paramref name="Span"/> with <paramref name="Replacement"/>.</summary>
public sealed record Correction(TextSpan Span, LinePosition Start, LinePosition End, string Replacement, string Description);
