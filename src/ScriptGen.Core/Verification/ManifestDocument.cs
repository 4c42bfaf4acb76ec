using ScriptGen.Core.Bundling;

namespace ScriptGen.Core.Verification;

/// <summary>A manifest.json read back and checked against the schema (docs/bundle-format.md).</summary>
public sealed record ManifestDocument(
    int SchemaVersion,
    string ToolName,
    string ToolVersion,
    string TemplateSetId,
    IReadOnlyList<ManifestTemplateEntry> Templates,
    IReadOnlyList<KeyValuePair<string, string?>> Parameters,
    IReadOnlyList<ManifestFileEntry> Files,
    string CreatedUtc,
    ManifestSigning Signing);
