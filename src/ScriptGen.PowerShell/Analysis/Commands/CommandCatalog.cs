using System.Text.Json;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The commands the analyzer knows, from Microsoft's published cmdlet reference (Exchange, MSOnline, core PowerShell,
/// part of Microsoft Graph), with their aliases. Look-ups ignore case, as PowerShell does.
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

    private static CommandCatalog LoadBuiltIn()
    {
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream("commands.json")!;
        using var document = JsonDocument.Parse(stream);
        var commands = new List<CommandInfo>();
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

        return new CommandCatalog(commands);
    }

    private static string[] Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    private static Dictionary<string, IReadOnlyList<string>> Map(JsonElement item, string name) =>
        item.TryGetProperty(name, out var map)
            ? map.EnumerateObject().ToDictionary(p => p.Name, p => (IReadOnlyList<string>)p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
}
