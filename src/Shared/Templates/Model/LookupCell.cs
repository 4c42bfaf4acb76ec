namespace ScriptGen.Templates.Model;

/// <summary>A named value in a lookup row; null when the value does not exist for that row.</summary>
public sealed record LookupCell(string Name, string? Value);
