namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// A known command: name, module, parameters (without the common ones, which <see cref="CommonParameters"/> adds),
/// parameter aliases, the command's own aliases and, for core PowerShell, the parameters of each version.
/// </summary>
public sealed record CommandInfo(
    string Name,
    string Module,
    bool CommonParameters,
    IReadOnlyList<string> Parameters,
    IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterAliases,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Versions)
{
    /// <summary>The parameters every cmdlet takes when it supports common parameters, and their aliases.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> CommonParameterAliases = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["Debug"] = ["db"], ["ErrorAction"] = ["ea"], ["ErrorVariable"] = ["ev"], ["InformationAction"] = ["infa"],
        ["InformationVariable"] = ["iv"], ["OutBuffer"] = ["ob"], ["OutVariable"] = ["ov"], ["PipelineVariable"] = ["pv"],
        ["ProgressAction"] = ["proga"], ["Verbose"] = ["vb"], ["WarningAction"] = ["wa"], ["WarningVariable"] = ["wv"],
    };

    /// <summary>
    /// The parameter a typed name binds to, as PowerShell binds it: an exact name or alias, else a unique prefix of a
    /// name. Returns the parameter's name, or null when nothing or more than one parameter matches.
    /// </summary>
    public string? ResolveParameter(string typed)
    {
        var names = AllParameterNames().ToArray();
        var exact = names.Where(n => string.Equals(n.Alias, typed, StringComparison.OrdinalIgnoreCase)).Select(n => n.Parameter).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (exact.Length == 1)
        {
            return exact[0];
        }

        var prefixed = names.Where(n => n.Alias.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Select(n => n.Parameter).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return prefixed.Length == 1 ? prefixed[0] : null;
    }

    private IEnumerable<(string Alias, string Parameter)> AllParameterNames()
    {
        foreach (var parameter in Parameters)
        {
            yield return (parameter, parameter);
        }

        foreach (var (parameter, aliases) in ParameterAliases)
        {
            foreach (var alias in aliases)
            {
                yield return (alias, parameter);
            }
        }

        if (CommonParameters)
        {
            foreach (var (parameter, aliases) in CommonParameterAliases)
            {
                yield return (parameter, parameter);
                foreach (var alias in aliases)
                {
                    yield return (alias, parameter);
                }
            }
        }
    }
}
