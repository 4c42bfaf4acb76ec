namespace ScriptGen.Core.Bundling;

/// <summary>A file of a bundle: its path within the bundle (forward slashes) and its exact bytes.</summary>
public sealed record BundleFile(string Path, byte[] Bytes);
