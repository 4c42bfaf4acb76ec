using ScriptGen.Core.Catalog;
using ScriptGen.Core.Linting;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Signing;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Bundling;

/// <summary>What CHANGE.md is written from. <paramref name="Hashes"/> holds every script's bundle path and SHA-256, in bundle order; <paramref name="Signer"/> is null when the scripts are not signed.</summary>
public sealed record ChangeDocumentInput(
    TemplateSet Set,
    ParameterValues Values,
    IReadOnlyList<AdvisoryDeclaration> Advisories,
    IReadOnlyList<ScriptEntry> Scripts,
    IReadOnlyList<KeyValuePair<string, string>> Hashes,
    LintReport Lint,
    ToolInfo Tool,
    SignerDescription? Signer = null);
