using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Batch;

/// <summary>
/// One batch: the set, the inventory rows, shared values below each row (from --params) and above it (options typed
/// on the command line), and the settings every bundle shares (including the signer and whether to zip).
/// </summary>
public sealed record BatchRequest(
    TemplateSet Set,
    IReadOnlyList<InventoryRow> Rows,
    IReadOnlyDictionary<string, string?> Defaults,
    IReadOnlyDictionary<string, string?> Overrides,
    string OutputRoot,
    bool Force,
    bool AllowRetired,
    DateTimeOffset CreatedUtc,
    Signing.AuthenticodeSigner? Signer = null,
    bool Zip = false);
