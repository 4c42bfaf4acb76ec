namespace ScriptGen.Core.Bundling;

/// <summary>A template file that produced the bundle: its path within the template set and the SHA-256 of its bytes.</summary>
public sealed record ManifestTemplateEntry(string Id, string Sha256);
