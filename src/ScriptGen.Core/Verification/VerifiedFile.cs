namespace ScriptGen.Core.Verification;

/// <summary>One file the manifest lists: whether its size and hash match ("ok", "missing", "size differs", "hash differs") and, for a script, its signature.</summary>
public sealed record VerifiedFile(string Path, string Status, ScriptSignature? Signature);
