namespace ScriptGen.Core.Catalog;

/// <summary>One file of a template set: its path within the set (forward slashes), its text and the SHA-256 of its bytes.</summary>
public sealed record TemplateFile(string Path, string Text, string Sha256);
