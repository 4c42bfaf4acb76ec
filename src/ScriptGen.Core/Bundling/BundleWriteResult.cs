namespace ScriptGen.Core.Bundling;

/// <summary>The outcome of writing a bundle; for a conflict, the files that differ from what is there.</summary>
public sealed record BundleWriteResult(BundleWriteStatus Status, IReadOnlyList<string> DifferingFiles);
