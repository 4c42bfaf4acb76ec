namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// A command as the catalogue indexes it before anyone asks for it: its name and aliases, and how to read the rest
/// (for the built-in catalogue, from where its JSON object lies).
/// </summary>
internal sealed record CommandEntry(string Name, IReadOnlyList<string> Aliases, Func<CommandInfo> Read);
