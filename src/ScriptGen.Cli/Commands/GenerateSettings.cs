namespace ScriptGen.Cli.Commands;

/// <summary>The non-parameter settings of one generate run; <paramref name="Signing"/> and <paramref name="Zip"/> default to neither.</summary>
public sealed record GenerateSettings(
    string? ParamsFile, string? InventoryFile, string OutputRoot, bool Force, bool AllowRetired, string Format, SigningSettings? Signing = null, bool Zip = false);
