namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// What a typed parameter name binds to: <see cref="Parameter"/> when exactly one parameter answers to it, otherwise
/// the parameters it could mean (<see cref="Candidates"/>, two or more) or nothing at all.
/// </summary>
public readonly record struct ParameterMatch(string? Parameter, IReadOnlyList<string> Candidates)
{
    /// <summary>True when the name binds to one parameter.</summary>
    public bool IsBound => Parameter is not null;

    /// <summary>True when the name is a prefix of several parameters, which PowerShell refuses as ambiguous.</summary>
    public bool IsAmbiguous => Parameter is null && Candidates.Count > 1;
}
