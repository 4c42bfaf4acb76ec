namespace ScriptGen.Templates.Model;

/// <summary>A 1-based line and column in a file of a template set, named by its path relative to the set's folder.</summary>
public sealed record SourceLocation(string Path, int Line, int Column);
