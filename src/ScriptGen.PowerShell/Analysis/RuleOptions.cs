namespace ScriptGen.PowerShell.Analysis;

/// <summary>The option values a rule runs with: what settings gave, otherwise each option's default.</summary>
public sealed class RuleOptions(RuleDescriptor rule, IReadOnlyDictionary<string, object> values)
{
    /// <summary>Options with every value at its default.</summary>
    public static RuleOptions Defaults(RuleDescriptor rule) => new(rule, new Dictionary<string, object>());

    /// <summary>A boolean option.</summary>
    public bool GetBoolean(string name) => (bool)Get(name);

    /// <summary>An integer option.</summary>
    public int GetInteger(string name) => (int)Get(name);

    /// <summary>A string option.</summary>
    public string GetString(string name) => (string)Get(name);

    /// <summary>A string-array option.</summary>
    public IReadOnlyList<string> GetStrings(string name) => (IReadOnlyList<string>)Get(name);

    private object Get(string name)
    {
        var option = rule.Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{rule.Name} has no option '{name}'.", nameof(name));
        return values.TryGetValue(option.Name, out var value) ? value : option.DefaultValue;
    }
}
