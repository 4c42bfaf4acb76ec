namespace ScriptGen.Templates.Generator.Model;

/// <summary>A file to embed: its path within the set, its text and the SHA-256 of its bytes (lower-case hex).</summary>
internal sealed record TemplateFileSpec(string Path, string Text, string Sha256);
