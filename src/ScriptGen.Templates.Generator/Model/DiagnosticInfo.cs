namespace ScriptGen.Templates.Generator.Model;

/// <summary>A template problem to report: its SGT id, message and place.</summary>
internal sealed record DiagnosticInfo(string Id, string Message, LocationInfo Location);
