namespace ScriptGen.Core.Comparison;

/// <summary>A file that differs between two bundles: "added", "removed" or "changed", with a unified diff of its text when it changed.</summary>
public sealed record FileChange(string Path, string Kind, string? UnifiedDiff, string? Note);
