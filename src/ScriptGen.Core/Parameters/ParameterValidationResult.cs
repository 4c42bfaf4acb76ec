namespace ScriptGen.Core.Parameters;

/// <summary>The outcome of validating raw parameter values: the values when every rule holds, otherwise the errors.</summary>
public sealed record ParameterValidationResult(ParameterValues? Values, IReadOnlyList<ParameterError> Errors)
{
    /// <summary>True when the values passed every rule.</summary>
    public bool IsValid => Values is not null;
}
