namespace ScriptGen.Templates.Model;

/// <summary>
/// Values that follow from an enum parameter (per-cloud endpoints, say): one row per allowed value, the same cell
/// names in every row. Templates refer to a cell by its name; the row is chosen by the parameter's value.
/// </summary>
public sealed record LookupTableDeclaration(string Parameter, EquatableArray<LookupRow> Rows);
