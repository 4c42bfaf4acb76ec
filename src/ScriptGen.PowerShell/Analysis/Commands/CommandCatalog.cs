namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The commands the analyzer knows, from Microsoft's published cmdlet reference (Exchange, MSOnline, core PowerShell,
/// part of Microsoft Graph), with their aliases, plus PowerShell's built-in functions (help, mkdir, ...) and the aliases
/// of those, plus a small supplement of commands that reference lacks, each with its source. Look-ups ignore case, as
/// PowerShell does. The built-in catalogue reads a command's parameters the first time that command is looked up.
/// Safe to share across threads.
/// </summary>
public sealed class CommandCatalog
{
    private static readonly Lazy<CommandCatalog> LazyBuiltIn = new(LoadBuiltIn);
    private readonly Dictionary<string, int> _indexByName;
    private readonly Func<CommandInfo>[] _readers;
    private readonly CommandInfo?[] _read;
    private readonly Dictionary<string, string> _aliases;
    private readonly HashSet<string> _functions;
    private int _readCount;

    /// <summary>
    /// A catalogue of <paramref name="commands"/> and their aliases, plus <paramref name="functions"/> (PowerShell's
    /// built-in functions, whose parameters are not catalogued) and <paramref name="otherAliases"/> (aliases of
    /// functions or programs: alias to what it runs).
    /// </summary>
    public CommandCatalog(IEnumerable<CommandInfo> commands, IEnumerable<string>? functions = null, IReadOnlyDictionary<string, string>? otherAliases = null)
        : this(commands.Select(c => new CommandEntry(c.Name, c.Aliases, () => c)), functions, otherAliases ?? new Dictionary<string, string>())
    {
    }

    // Commands in catalogue order; a later command of the same name replaces an earlier one in its place, and the first
    // command to claim an alias keeps it.
    private CommandCatalog(IEnumerable<CommandEntry> commands, IEnumerable<string>? functions, IEnumerable<KeyValuePair<string, string>> otherAliases)
    {
        _indexByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        _functions = new HashSet<string>(functions ?? [], StringComparer.OrdinalIgnoreCase);
        var readers = new List<Func<CommandInfo>>();
        foreach (var (name, aliases, read) in commands)
        {
            if (_indexByName.TryGetValue(name, out var index))
            {
                readers[index] = read;
            }
            else
            {
                _indexByName.Add(name, readers.Count);
                readers.Add(read);
            }

            foreach (var alias in aliases)
            {
                _aliases.TryAdd(alias, name);
            }
        }

        foreach (var (alias, target) in otherAliases)
        {
            _aliases.TryAdd(alias, target);
        }

        _readers = [.. readers];
        _read = new CommandInfo?[_readers.Length];
    }

    /// <summary>The catalogue shipped with ScriptGen.</summary>
    public static CommandCatalog BuiltIn => LazyBuiltIn.Value;

    /// <summary>Every known command (reads every command not read yet).</summary>
    public IEnumerable<CommandInfo> Commands => Enumerable.Range(0, _readers.Length).Select(Read);

    /// <summary>The names of every known command, in catalogue order, without reading their parameters.</summary>
    public IEnumerable<string> CommandNames => _indexByName.Keys;

    /// <summary>Every command alias and the command it stands for.</summary>
    public IReadOnlyDictionary<string, string> Aliases => _aliases;

    /// <summary>How many commands have had their parameters read so far.</summary>
    internal int ReadCount => Volatile.Read(ref _readCount);

    /// <summary>The command called <paramref name="name"/> (not an alias), or null.</summary>
    public CommandInfo? Find(string name) => _indexByName.TryGetValue(name, out var index) ? Read(index) : null;

    /// <summary>The command an alias stands for, or null when <paramref name="alias"/> is not a known alias.</summary>
    public string? ResolveAlias(string alias) => _aliases.GetValueOrDefault(alias);

    /// <summary>The command <paramref name="name"/> runs: the command an alias stands for, else the name itself.</summary>
    public string Resolve(string name) => _aliases.GetValueOrDefault(name) ?? name;

    /// <summary>The catalogued command that <paramref name="name"/> runs (through an alias when it is one), or null.</summary>
    public CommandInfo? FindCommand(string name) => Find(Resolve(name));

    /// <summary>True when <paramref name="name"/> is one of PowerShell's built-in functions (help, mkdir, prompt, ...).</summary>
    public bool IsBuiltInFunction(string name) => _functions.Contains(name);

    /// <summary>True when PowerShell would find a command called <paramref name="name"/>: a command, an alias or a built-in function.</summary>
    public bool IsKnown(string name) => _indexByName.ContainsKey(name) || _aliases.ContainsKey(name) || _functions.Contains(name);

    // Each command is read once and has one CommandInfo: ParameterTable caches its table per instance.
    private CommandInfo Read(int index)
    {
        if (Volatile.Read(ref _read[index]) is { } read)
        {
            return read;
        }

        lock (_readers)
        {
            if (_read[index] is { } raced)
            {
                return raced;
            }

            read = _readers[index]();
            Volatile.Write(ref _read[index], read);
            _readCount++;
            return read;
        }
    }

    /// <summary>A new copy of the built-in catalogue, with nothing read yet (<see cref="BuiltIn"/> is the shared one).</summary>
    internal static CommandCatalog LoadBuiltIn()
    {
        var entries = new List<CommandEntry>();
        var functions = new List<string>();
        var otherAliases = new List<KeyValuePair<string, string>>();
        CommandCatalogJson.Index(Resource("commands.supplement.json"), entries, [], []);
        CommandCatalogJson.Index(Resource("commands.json"), entries, functions, otherAliases);
        return new CommandCatalog(entries, functions, otherAliases);
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {typeof(CommandCatalog).Assembly.GetName().Name}.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
