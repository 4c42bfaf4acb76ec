namespace ScriptGen.Core.Parameters;

/// <summary>A parameter value that breaks a rule: the parameter's key, the rejected value (null when missing) and the rule.</summary>
public sealed record ParameterError(string Name, string? Value, string Rule)
{
    /// <summary>The CLI option for the parameter, e.g. --push-uri.</summary>
    public string Option => ParameterNames.ToOption(Name);
}
