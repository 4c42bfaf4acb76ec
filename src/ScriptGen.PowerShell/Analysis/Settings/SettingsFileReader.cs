using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Settings;

/// <summary>
/// Reads a PSScriptAnalyzer settings file (.psd1) as data, never running it: the first hashtable of the file, with
/// the keys Severity, IncludeRules, ExcludeRules, Rules, IncludeDefaultRules. Unlike PSScriptAnalyzer, an option of
/// the wrong type is an error instead of silently resetting the rule; a rule this tool does not have is a warning.
/// </summary>
public static class SettingsFileReader
{
    private static readonly string[] Keys = ["Severity", "IncludeRules", "ExcludeRules", "Rules", "IncludeDefaultRules", "CustomRulePath", "RecurseCustomRulePath"];

    /// <summary>Reads settings from <paramref name="source"/>; <paramref name="rules"/> are the rules options may name.</summary>
    public static SettingsReadResult Read(SourceText source, IReadOnlyList<RuleDescriptor> rules, string name)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var parse = PowerShellParser.Parse(source);
        if (parse.HasErrors)
        {
            return Fail(parse.Diagnostics.Select(d => $"line {d.Start.Line}: {d.Message}"));
        }

        var hashtable = parse.Root.DescendantsOfType<HashtableNode>().FirstOrDefault();
        if (hashtable is null)
        {
            return Fail(["holds no hashtable @{ ... }"]);
        }

        if (!ConstantValue.TryRead(hashtable, out var value, out var offending))
        {
            return Fail([$"line {offending.Start.Line}: '{offending.Text}' is not constant data (only strings, numbers, $true, $false, arrays and hashtables are read)"]);
        }

        var settings = new AnalyzerSettings { Name = name };
        foreach (var (key, item) in (Dictionary<string, object?>)value!)
        {
            switch (Keys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)))
            {
                case "Severity":
                    settings = settings with { Severity = Strings(key, item, errors).Select(s => Severity(s, errors)).OfType<DiagnosticSeverity>().ToArray() };
                    break;
                case "IncludeRules":
                    settings = settings with { IncludeRules = Strings(key, item, errors) };
                    break;
                case "ExcludeRules":
                    settings = settings with { ExcludeRules = Strings(key, item, errors) };
                    break;
                case "Rules":
                    settings = settings with { RuleOptions = RuleOptions(item, rules, errors, warnings) };
                    break;
                case "IncludeDefaultRules":
                    if (item is not bool)
                    {
                        errors.Add("IncludeDefaultRules must be $true or $false");
                    }

                    break;
                case "CustomRulePath" or "RecurseCustomRulePath":
                    errors.Add($"{key}: custom rule modules are PowerShell code, which ScriptGen does not run");
                    break;
                default:
                    errors.Add($"unknown key '{key}' (known: {string.Join(", ", Keys)})");
                    break;
            }
        }

        return errors.Count > 0 ? new SettingsReadResult(null, errors, warnings) : new SettingsReadResult(settings, errors, warnings);

        SettingsReadResult Fail(IEnumerable<string> problems) => new(null, problems.ToArray(), warnings);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, object>> RuleOptions(object? item, IReadOnlyList<RuleDescriptor> rules, List<string> errors, List<string> warnings)
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.OrdinalIgnoreCase);
        if (item is not Dictionary<string, object?> byRule)
        {
            errors.Add("Rules must be a hashtable of rule names and option hashtables");
            return result;
        }

        foreach (var (ruleName, optionsValue) in byRule)
        {
            var rule = rules.FirstOrDefault(r => string.Equals(r.Name, ruleName, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                warnings.Add($"Rules.{ruleName}: ScriptGen has no such rule; its options are ignored");
                continue;
            }

            if (optionsValue is not Dictionary<string, object?> options)
            {
                errors.Add($"Rules.{ruleName} must be a hashtable of options");
                continue;
            }

            var typed = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            foreach (var (optionName, optionValue) in options)
            {
                var converted = Option(rule, optionName, optionValue, errors);
                if (converted is not null)
                {
                    typed[converted.Value.Name] = converted.Value.Value;
                }
            }

            result[rule.Name] = typed;
        }

        return result;
    }

    private static (string Name, object Value)? Option(RuleDescriptor rule, string name, object? value, List<string> errors)
    {
        if (string.Equals(name, "Enable", StringComparison.OrdinalIgnoreCase))
        {
            return value is bool enable ? ("Enable", enable) : Error($"Rules.{rule.Name}.Enable must be $true or $false");
        }

        var option = rule.Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
        if (option is null)
        {
            return Error($"Rules.{rule.Name}: unknown option '{name}' (options: {string.Join(", ", rule.Options.Select(o => o.Name).Prepend("Enable"))})");
        }

        object? converted = option.Kind switch
        {
            RuleOptionKind.Boolean => value as bool?,
            RuleOptionKind.Integer => value is int or long ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) : null,
            RuleOptionKind.String => value as string,
            _ => value switch
            {
                string single => new[] { single },
                object?[] items when items.All(i => i is string) => items.Cast<string>().ToArray(),
                _ => null,
            },
        };
        return converted is null
            ? Error($"Rules.{rule.Name}.{option.Name} must be {Describe(option.Kind)}")
            : (option.Name, converted);

        (string, object)? Error(string message)
        {
            errors.Add(message);
            return null;
        }
    }

    private static string[] Strings(string key, object? value, List<string> errors)
    {
        switch (value)
        {
            case string single:
                return [single];
            case object?[] items when items.All(i => i is string):
                return items.Cast<string>().ToArray();
            default:
                errors.Add($"{key} must be a string or an array of strings");
                return [];
        }
    }

    private static DiagnosticSeverity? Severity(string name, List<string> errors)
    {
        if (Enum.TryParse<DiagnosticSeverity>(name, ignoreCase: true, out var severity) && !int.TryParse(name, out _))
        {
            return severity;
        }

        errors.Add($"Severity '{name}' must be Error, Warning, Information or ParseError");
        return null;
    }

    private static string Describe(RuleOptionKind kind) => kind switch
    {
        RuleOptionKind.Boolean => "$true or $false",
        RuleOptionKind.Integer => "a whole number",
        RuleOptionKind.String => "a string",
        _ => "a string or an array of strings",
    };
}
