using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Batch;

/// <summary>One parameter set of an inventory: its 1-based row number (as a user counts rows) and its raw values.</summary>
public sealed record InventoryRow(int Number, RawParameters Values);
