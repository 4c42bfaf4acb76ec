namespace ScriptGen.Core.Batch;

/// <summary>The rows of an inventory, or why the inventory as a whole cannot be used.</summary>
public sealed record InventoryReadResult(IReadOnlyList<InventoryRow> Rows, string? Error);
