namespace ScriptGen.Templates.Model;

/// <summary>The cells of a lookup table for one value of its parameter.</summary>
public sealed record LookupRow(string Value, EquatableArray<LookupCell> Cells);
