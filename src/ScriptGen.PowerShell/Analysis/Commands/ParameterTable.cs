using System.Runtime.CompilerServices;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// The names a command's parameters answer to (their names, their aliases and, for cmdlets, the common parameters),
/// bound as PowerShell binds a typed name: an exact name or alias first, else a prefix that only one parameter has.
/// A catalogued core cmdlet's table also knows each version's parameters, so that a name which binds in one version
/// (<c>-TimeoutSec</c> is a parameter in 5.1 and an alias in 7.4) is not taken for a clash between versions.
/// </summary>
public sealed class ParameterTable
{
    private static readonly ConditionalWeakTable<CommandInfo, ParameterTable> Tables = new();
    private readonly (string Name, string Parameter)[] _names;
    private readonly ParameterTable[] _versions;

    private ParameterTable((string Name, string Parameter)[] names, ParameterTable[] versions)
    {
        _names = names;
        _versions = versions;
    }

    /// <summary>Every name a parameter answers to: names, aliases and common parameters.</summary>
    public IEnumerable<string> Names => _names.Select(static n => n.Name);

    /// <summary>The table of a catalogued command, built once per command.</summary>
    public static ParameterTable For(CommandInfo command) => Tables.GetValue(command, static c =>
    {
        var versions = new List<ParameterTable>();
        foreach (var parameters in c.Versions.Values)
        {
            var aliases = new List<KeyValuePair<string, IReadOnlyList<string>>>();
            foreach (var alias in c.ParameterAliases)
            {
                if (parameters.Contains(alias.Key, StringComparer.OrdinalIgnoreCase))
                {
                    aliases.Add(alias);
                }
            }

            versions.Add(Build(parameters, aliases, c.CommonParameters, []));
        }

        return Build(c.Parameters, c.ParameterAliases, c.CommonParameters, [.. versions]);
    });

    /// <summary>A table of <paramref name="parameters"/> with their <paramref name="aliases"/>, plus the common parameters when <paramref name="commonParameters"/>.</summary>
    public static ParameterTable Create(IEnumerable<string> parameters, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliases, bool commonParameters) =>
        Build(parameters, aliases, commonParameters, []);

    /// <summary>Binds <paramref name="typed"/> (a parameter name without its dash) as PowerShell does.</summary>
    public ParameterMatch Match(string typed)
    {
        var match = MatchOne(typed);
        if (match.IsBound)
        {
            return match;
        }

        foreach (var version in _versions)
        {
            if (version.MatchOne(typed) is { IsBound: true } bound)
            {
                return bound;
            }
        }

        return match;
    }

    private static ParameterTable Build(IEnumerable<string> parameters, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> aliases, bool commonParameters, ParameterTable[] versions)
    {
        var names = new List<(string Name, string Parameter)>();
        foreach (var parameter in parameters)
        {
            names.Add((parameter, parameter));
        }

        foreach (var (parameter, parameterAliases) in aliases)
        {
            foreach (var alias in parameterAliases)
            {
                names.Add((alias, parameter));
            }
        }

        if (commonParameters)
        {
            foreach (var (parameter, parameterAliases) in CommandInfo.CommonParameterAliases)
            {
                names.Add((parameter, parameter));
                foreach (var alias in parameterAliases)
                {
                    names.Add((alias, parameter));
                }
            }
        }

        return new ParameterTable([.. names], versions);
    }

    private ParameterMatch MatchOne(string typed)
    {
        if (typed.Length == 0)
        {
            return new ParameterMatch(null, []);
        }

        // An exact name or alias binds outright; a parameter's own name wins over another's alias.
        string? alias = null;
        foreach (var (name, parameter) in _names)
        {
            if (name.Equals(typed, StringComparison.OrdinalIgnoreCase))
            {
                if (parameter.Equals(typed, StringComparison.OrdinalIgnoreCase))
                {
                    return new ParameterMatch(parameter, []);
                }

                alias ??= parameter;
            }
        }

        return alias is not null ? new ParameterMatch(alias, []) : MatchPrefix(typed);
    }

    private ParameterMatch MatchPrefix(string typed)
    {
        string? first = null;
        List<string>? several = null;
        foreach (var (name, parameter) in _names)
        {
            if (!name.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || string.Equals(first, parameter, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (first is null)
            {
                first = parameter;
            }
            else if (several is null || !several.Contains(parameter, StringComparer.OrdinalIgnoreCase))
            {
                several ??= [first];
                several.Add(parameter);
            }
        }

        return several is null ? new ParameterMatch(first, []) : new ParameterMatch(null, several);
    }
}
