using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Parameters;

/// <summary>
/// Validates raw values (merged from options, a --params file or an inventory row) against a set's declaration:
/// unknown keys, each type's rule, required and conditionally required parameters, defaults and the variant.
/// Errors come in declaration order, one per parameter.
/// </summary>
public static class ParameterValidator
{
    /// <summary>Validates <paramref name="raw"/>; a retired variant passes only with <paramref name="allowRetired"/>.</summary>
    public static ParameterValidationResult Validate(TemplateSetDeclaration set, IReadOnlyDictionary<string, string?> raw, bool allowRetired)
    {
        var errors = new List<ParameterError>();
        foreach (var key in raw.Keys.Where(k => k != BuiltInValues.Variant && set.Parameters.All(p => p.Name != k)).Order(StringComparer.Ordinal))
        {
            errors.Add(new ParameterError(key, raw[key], $"is not a parameter of {set.Id}; its parameters are {string.Join(", ", set.Parameters.Select(p => p.Name))} and variant"));
        }

        var values = new List<KeyValuePair<string, string?>>();
        foreach (var parameter in set.Parameters)
        {
            values.Add(new(parameter.Name, ValidateOne(parameter, raw.GetValueOrDefault(parameter.Name), errors)));
        }

        foreach (var parameter in set.Parameters.Where(p => p.RequiredWhen is not null))
        {
            var condition = parameter.RequiredWhen!;
            var conditionValue = values.First(v => v.Key == condition.Parameter).Value;
            if (values.First(v => v.Key == parameter.Name).Value is null && conditionValue is not null && condition.Values.Contains(conditionValue))
            {
                errors.Add(new ParameterError(parameter.Name, null, $"is required when {condition.Parameter} is {ParameterRules.FormatChoices(condition.Values)}"));
            }
        }

        var variant = ValidateVariant(set, raw.GetValueOrDefault(BuiltInValues.Variant), allowRetired, errors);
        return errors.Count > 0
            ? new ParameterValidationResult(null, errors)
            : new ParameterValidationResult(new ParameterValues(values, variant!), errors);
    }

    private static string? ValidateOne(ParameterDeclaration parameter, string? value, List<ParameterError> errors)
    {
        if (value is null)
        {
            if (parameter.Required)
            {
                errors.Add(new ParameterError(parameter.Name, null, "is required"));
            }

            return parameter.Default;
        }

        var rule = ParameterRules.Check(parameter, value, out var normalized);
        if (rule is not null)
        {
            errors.Add(new ParameterError(parameter.Name, value, rule));
            return null;
        }

        return normalized;
    }

    private static string? ValidateVariant(TemplateSetDeclaration set, string? value, bool allowRetired, List<ParameterError> errors)
    {
        var ids = set.Variants.Select(v => v.Id).ToArray();
        var variant = value is null
            ? set.Variants.First(v => v.IsDefault)
            : set.Variants.FirstOrDefault(v => string.Equals(v.Id, value, StringComparison.OrdinalIgnoreCase));
        if (variant is null)
        {
            errors.Add(new ParameterError(BuiltInValues.Variant, value, $"must be one of {ParameterRules.FormatChoices(ids)}"));
            return null;
        }

        if (variant.IsRetired && !allowRetired)
        {
            errors.Add(new ParameterError(BuiltInValues.Variant, variant.Id, $"names the retired variant '{variant.Id}' ({variant.Title}); pass --allow-retired to generate it anyway"));
            return null;
        }

        return variant.Id;
    }
}
