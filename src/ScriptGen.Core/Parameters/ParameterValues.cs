namespace ScriptGen.Core.Parameters;

/// <summary>
/// Validated, normalised parameter values of one bundle, in declaration order, plus the chosen variant.
/// An optional parameter that was not given has a null value.
/// </summary>
public sealed class ParameterValues
{
    public ParameterValues(IReadOnlyList<KeyValuePair<string, string?>> values, string variant)
    {
        Values = values;
        Variant = variant;
    }

    /// <summary>Every declared parameter with its value, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Values { get; }

    /// <summary>The chosen variant's id.</summary>
    public string Variant { get; }

    /// <summary>The tenant: the first folder of the bundle path.</summary>
    public string Tenant => this[Templates.Model.BuiltInValues.TenantParameter]!;

    /// <summary>The environment: the second folder of the bundle path.</summary>
    public string Environment => this[Templates.Model.BuiltInValues.EnvironmentParameter]!;

    /// <summary>The value of a declared parameter, or null when it was not given.</summary>
    public string? this[string name] => Values.First(pair => pair.Key == name).Value;
}
