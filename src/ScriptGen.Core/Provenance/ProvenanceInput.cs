using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Linting;
using ScriptGen.Core.Signing;

namespace ScriptGen.Core.Provenance;

/// <summary>What provenance.intoto.json states: the files it covers (the subjects) and how they were built.</summary>
public sealed record ProvenanceInput(
    ToolInfo Tool,
    string TemplateSetId,
    TemplateSetOrigin Origin,
    string Variant,
    IReadOnlyList<KeyValuePair<string, string?>> Parameters,
    IReadOnlyList<ManifestTemplateEntry> Templates,
    LintEngineInfo Lint,
    SignerDescription? Signer,
    IReadOnlyList<BundleFile> Subjects);
