namespace ScriptGen.PowerShell.Analysis.Settings;

/// <summary>Settings read from a file (null when it has errors), the errors, and warnings such as rules this tool does not have.</summary>
public sealed record SettingsReadResult(AnalyzerSettings? Settings, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
