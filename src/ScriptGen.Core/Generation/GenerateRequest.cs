using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Signing;

namespace ScriptGen.Core.Generation;

/// <summary>
/// One bundle to generate: the set, validated values, the output root, whether an existing different bundle may be
/// replaced, the creation time to record (SOURCE_DATE_EPOCH or now, decided by the caller), the signer of every
/// script (null: unsigned) and whether to write the deterministic zip beside the bundle.
/// </summary>
public sealed record GenerateRequest(
    TemplateSet Set,
    ParameterValues Values,
    string OutputRoot,
    bool Force,
    DateTimeOffset CreatedUtc,
    AuthenticodeSigner? Signer = null,
    bool Zip = false);
