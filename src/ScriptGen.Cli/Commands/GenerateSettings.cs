namespace ScriptGen.Cli.Commands;

/// <summary>The non-parameter settings of one generate run.</summary>
public sealed record GenerateSettings(string? ParamsFile, string? InventoryFile, string OutputRoot, bool Force, bool AllowRetired, string Format);
