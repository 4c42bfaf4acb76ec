using System.Text.RegularExpressions;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis.Settings;

/// <summary>
/// Which rules run and with which options, with PSScriptAnalyzer's meaning: IncludeRules and ExcludeRules are
/// case-insensitive wildcard patterns over rule names (exclusion wins), Severity keeps rules of those severities,
/// and a rule that is off by default runs only when its options set Enable = $true.
/// </summary>
public sealed record AnalyzerSettings
{
    private static readonly IReadOnlyDictionary<string, object> NoOptions = new Dictionary<string, object>();

    /// <summary>Every default rule with its default options.</summary>
    public static AnalyzerSettings Default { get; } = new();

    /// <summary>Parse only; run no rule.</summary>
    public static AnalyzerSettings SyntaxOnly { get; } = new() { Name = "syntax only", RunRules = false };

    /// <summary>What the settings are called in reports (a preset name, a file name, or "default").</summary>
    public string Name { get; init; } = "default";

    /// <summary>False to parse only.</summary>
    public bool RunRules { get; init; } = true;

    /// <summary>Rule name patterns to run; empty means every rule.</summary>
    public IReadOnlyList<string> IncludeRules { get; init; } = [];

    /// <summary>Rule name patterns not to run.</summary>
    public IReadOnlyList<string> ExcludeRules { get; init; } = [];

    /// <summary>Severities whose rules run; empty means all.</summary>
    public IReadOnlyList<DiagnosticSeverity> Severity { get; init; } = [];

    /// <summary>Option values per rule name (Enable included), as a settings file's Rules section gives them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> RuleOptions { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, object>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="rule"/> runs under these settings.</summary>
    public bool IsEnabled(RuleDescriptor rule)
    {
        if (!RunRules)
        {
            return false;
        }

        if (IncludeRules.Count > 0 && !IncludeRules.Any(p => Matches(p, rule.Name)))
        {
            return false;
        }

        if (ExcludeRules.Any(p => Matches(p, rule.Name)) || (Severity.Count > 0 && !Severity.Contains(rule.Severity)))
        {
            return false;
        }

        return OptionsFor(rule).TryGetValue("Enable", out var enable) ? enable is true : rule.EnabledByDefault;
    }

    /// <summary>The option values set for <paramref name="rule"/>, Enable excluded.</summary>
    public RuleOptions OptionsOf(RuleDescriptor rule)
    {
        var values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        if (!RuleOptions.TryGetValue(rule.Name, out var options))
        {
            return new RuleOptions(rule, values);
        }

        foreach (var (name, value) in options)
        {
            if (!string.Equals(name, "Enable", StringComparison.OrdinalIgnoreCase))
            {
                values.Add(name, value);
            }
        }

        return new RuleOptions(rule, values);
    }

    private IReadOnlyDictionary<string, object> OptionsFor(RuleDescriptor rule) =>
        RuleOptions.TryGetValue(rule.Name, out var options) ? options : NoOptions;

    private static bool Matches(string pattern, string name) =>
        Regex.IsMatch(name, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
