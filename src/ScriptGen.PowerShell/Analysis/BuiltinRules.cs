using ScriptGen.PowerShell.Analysis.Rules;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Every rule ScriptGen has, listed explicitly (no assembly scanning): adding a rule is one line here, its file in
/// Rules/, its page in docs/rules/ with a README row, and its test class. A test fails when a rule class is missing here.
/// </summary>
public static class BuiltinRules
{
    /// <summary>The rules, ordered by name.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = new RuleDefinition[]
    {
        new(PSAvoidUsingWriteHost.Descriptor, static () => new PSAvoidUsingWriteHost()),
        new(SGInvalidSuppression.Descriptor, static () => new SGInvalidSuppression()),
    }.OrderBy(r => r.Descriptor.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The rule called <paramref name="name"/> (ignoring case), or null.</summary>
    public static RuleDefinition? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Name, name, StringComparison.OrdinalIgnoreCase));
}
