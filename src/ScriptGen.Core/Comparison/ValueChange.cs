namespace ScriptGen.Core.Comparison;

/// <summary>A named value that differs between two bundles (null: absent on that side).</summary>
public sealed record ValueChange(string Name, string? Old, string? New);
