using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Generation;

/// <summary>
/// One bundle to generate: the set, validated values, the output root, whether an existing different bundle may be
/// replaced, and the creation time to record (SOURCE_DATE_EPOCH or now, decided by the caller).
/// </summary>
public sealed record GenerateRequest(TemplateSet Set, ParameterValues Values, string OutputRoot, bool Force, DateTimeOffset CreatedUtc);
