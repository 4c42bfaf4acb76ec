using System.Text.Json;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The commands the analyzer knows, from Microsoft's published cmdlet reference (Exchange, MSOnline, core PowerShell,
/// part of Microsoft Graph), with their aliases, plus PowerShell's built-in functions (help, mkdir, ...) and the aliases
/// of those, plus a small supplement of commands that reference lacks, each with its source. Look-ups ignore case, as
/// PowerShell does.
/// </summary>
public sealed class CommandCatalog
{
    private static readonly Lazy<CommandCatalog> LazyBuiltIn = new(LoadBuiltIn);
    private readonly Dictionary<string, CommandInfo> _byName;
    private readonly Dictionary<string, string> _aliases;
    private readonly HashSet<string> _functions;

    /// <summary>
    /// A catalogue of <paramref name="commands"/> and their aliases, plus <paramref name="functions"/> (PowerShell's
    /// built-in functions, whose parameters are not catalogued) and <paramref name="otherAliases"/> (aliases of
    /// functions or programs: alias to what it runs).
    /// </summary>
    public CommandCatalog(IEnumerable<CommandInfo> commands, IEnumerable<string>? functions = null, IReadOnlyDictionary<string, string>? otherAliases = null)
    {
        _byName = new Dictionary<string, CommandInfo>(StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        _functions = new HashSet<string>(functions ?? [], StringComparer.OrdinalIgnoreCase);
        foreach (var command in commands)
        {
            _byName[command.Name] = command;
            foreach (var alias in command.Aliases)
            {
                _aliases.TryAdd(alias, command.Name);
            }
        }

        foreach (var (alias, target) in otherAliases ?? new Dictionary<string, string>())
        {
            _aliases.TryAdd(alias, target);
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

    /// <summary>The command <paramref name="name"/> runs: the command an alias stands for, else the name itself.</summary>
    public string Resolve(string name) => _aliases.GetValueOrDefault(name) ?? name;

    /// <summary>The catalogued command that <paramref name="name"/> runs (through an alias when it is one), or null.</summary>
    public CommandInfo? FindCommand(string name) => Find(Resolve(name));

    /// <summary>True when <paramref name="name"/> is one of PowerShell's built-in functions (help, mkdir, prompt, ...).</summary>
    public bool IsBuiltInFunction(string name) => _functions.Contains(name);

    /// <summary>True when PowerShell would find a command called <paramref name="name"/>: a command, an alias or a built-in function.</summary>
    public bool IsKnown(string name) => _byName.ContainsKey(name) || _aliases.ContainsKey(name) || _functions.Contains(name);

    private static CommandCatalog LoadBuiltIn()
    {
        var commands = new List<CommandInfo>();
        Read("commands.supplement.json", commands);
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream("commands.json")!;
        using var document = JsonDocument.Parse(stream);
        Read(document, commands);
        var root = document.RootElement;
        var functions = root.TryGetProperty("functions", out var names) ? names.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];
        var aliases = root.TryGetProperty("aliases", out var map) ? map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!) : [];
        return new CommandCatalog(commands, functions, aliases);
    }

    private static void Read(string resource, List<CommandInfo> commands)
    {
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        Read(document, commands);
    }

    private static void Read(JsonDocument document, List<CommandInfo> commands)
    {
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
