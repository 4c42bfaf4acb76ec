using ScriptGen.Core.Rendering;

namespace ScriptGen.Core.Bundling;

/// <summary>A script of the bundle as CHANGE.md lists it: what it is and the SHA-256 of its final bytes.</summary>
public sealed record ScriptEntry(ScriptToRender Script, string Sha256);
