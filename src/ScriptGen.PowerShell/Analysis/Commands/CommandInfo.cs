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
    public string? ResolveParameter(string typed) => ParameterTable.For(this).Match(typed).Parameter;
}
