using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Generation;

/// <summary>Picks the advisories whose condition holds for a bundle's values, in declaration order.</summary>
public static class AdvisorySelector
{
    /// <summary>The advisories of <paramref name="set"/> that apply to <paramref name="values"/>.</summary>
    public static IReadOnlyList<AdvisoryDeclaration> Select(TemplateSetDeclaration set, ParameterValues values) =>
        set.Advisories.Where(a => a.When is null || Holds(a.When, values)).ToArray();

    private static bool Holds(ParameterCondition condition, ParameterValues values)
    {
        var value = condition.Parameter == BuiltInValues.Variant ? values.Variant : values[condition.Parameter];
        return value is not null && condition.Values.Contains(value);
    }
}
