using System.Text.Json;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The commands the analyzer knows, from Microsoft's published cmdlet reference (Exchange, MSOnline, core PowerShell,
/// part of Microsoft Graph), with their aliases, plus a small supplement of commands that reference lacks, each with
/// its source. Look-ups ignore case, as PowerShell does.
/// </summary>
public sealed class CommandCatalog
{
    private static readonly Lazy<CommandCatalog> LazyBuiltIn = new(LoadBuiltIn);
    private readonly Dictionary<string, CommandInfo> _byName;
    private readonly Dictionary<string, string> _aliases;

    public CommandCatalog(IEnumerable<CommandInfo> commands)
    {
        _byName = new Dictionary<string, CommandInfo>(StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in commands)
        {
            _byName[command.Name] = command;
            foreach (var alias in command.Aliases)
            {
                _aliases.TryAdd(alias, command.Name);
            }
        }
    }

    /// <summary>The catalogue shipped with ScriptGen.</summary>
    public static CommandCatalog BuiltIn => LazyBuiltIn.Value;

    /// <summary>Every known command.</summary>
    public IEnumerable<CommandInfo> Commands => _byName.Values;

    /// <summary>Every command alias and the command it stands for.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>The command called <paramref name="name"/> (not an alias), or null.</summary>
    public CommandInfo? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The command an alias stands for, or null when <paramref name="alias"/> is not a known alias.</summary>
    public string? ResolveAlias(string alias) => _aliases.GetValueOrDefault(alias);

    /// <summary>The command called <paramref name="nameOrAlias"/>, or the command it is an alias of, or null.</summary>
    public CommandInfo? Resolve(string nameOrAlias) =>
        _byName.GetValueOrDefault(nameOrAlias) ?? (_aliases.TryGetValue(nameOrAlias, out var name) ? _byName.GetValueOrDefault(name) : null);

    private static CommandCatalog LoadBuiltIn()
    {
        var commands = new List<CommandInfo>();
        Read("commands.json", commands);
        Read("commands.supplement.json", commands);
        return new CommandCatalog(commands);
    }

    private static void Read(string resource, List<CommandInfo> commands)
    {
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        foreach (var item in document.RootElement.GetProperty("commands").EnumerateArray())
        {
            commands.Add(new CommandInfo(
                item.GetProperty("name").GetString()!,
                item.GetProperty("module").GetString()!,
                item.GetProperty("commonParameters").GetBoolean(),
                Strings(item, "parameters"),
                Map(item, "parameterAliases"),
                Strings(item, "aliases"),
                Map(item, "versions")));
        }
    }

    private static string[] Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    private static Dictionary<string, IReadOnlyList<string>> Map(JsonElement item, string name) =>
        item.TryGetProperty(name, out var map)
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
