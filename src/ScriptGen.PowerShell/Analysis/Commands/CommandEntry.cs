namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// A command as the catalogue indexes it before anyone asks for it: its name and aliases, and where its JSON object
/// lies in <paramref name="Json"/> so that the rest is read only when the command is looked up.
/// </summary>
internal readonly record struct CommandEntry(string Name, string[] Aliases, byte[] Json, int Start, int Length);
