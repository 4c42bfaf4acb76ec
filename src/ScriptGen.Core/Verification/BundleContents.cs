namespace ScriptGen.Core.Verification;

/// <summary>The files of a bundle as read from a folder or a zip (paths relative, forward slashes), and what was wrong with the container itself.</summary>
public sealed record BundleContents(string Source, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<BundleProblem> Problems);
