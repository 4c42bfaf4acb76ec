using ScriptGen.PowerShell.Analysis;

namespace ScriptGen.Core.Linting;

/// <summary>The analysis of one file, by its path (in a bundle, or as given to the lint command).</summary>
public sealed record LintedFile(string Path, AnalysisResult Result);
