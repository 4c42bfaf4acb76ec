using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>An error as recorded during a parse, with the position where the parser noticed it.</summary>
/// <param name="Diagnostic">The error.</param>
/// <param name="Trigger">The text position the parser was at (or the token it blamed) when it found the error.</param>
/// <param name="Phase">Which part of the parse found it.</param>
internal readonly record struct ReportedError(Diagnostic Diagnostic, int Trigger, ErrorPhase Phase);
