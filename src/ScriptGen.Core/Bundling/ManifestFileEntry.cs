namespace ScriptGen.Core.Bundling;

/// <summary>A file listed in manifest.json: path within the bundle, size in bytes, SHA-256 in lower-case hex.</summary>
public sealed record ManifestFileEntry(string Path, long Bytes, string Sha256);
