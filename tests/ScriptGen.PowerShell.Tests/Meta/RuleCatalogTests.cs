using System.Text.RegularExpressions;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.Testing;

namespace ScriptGen.PowerShell.Tests.Meta;

/// <summary>
/// One name per rule everywhere: the rule's name is its class, its file, its doc page, its README row and its test
/// class, and the doc page states the descriptor's severity, default and options. Fails on any drift.
/// </summary>
public sealed partial class RuleCatalogTests
{
    private static readonly RuleDescriptor[] Rules = BuiltinRules.All.Select(r => r.Descriptor).ToArray();

    [Fact]
    public void Every_rule_class_is_registered_once_under_its_own_name()
    {
        var classes = typeof(ScriptRule).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(ScriptRule)) && !t.IsAbstract)
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(classes, Rules.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Rules.Length, Rules.Select(r => r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(BuiltinRules.All, r => Assert.Equal(r.Descriptor.Name, r.Create().GetType().Name));
        Assert.All(BuiltinRules.All, r => Assert.Same(r.Descriptor, r.Create().Rule));
        Assert.All(Rules, r => Assert.Matches("^(PS|SG)[A-Z][A-Za-z]+$", r.Name));
    }

    [Fact]
    public void Every_rule_has_its_file_doc_page_readme_row_and_test_class()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("docs/rules/README.md"));
        var testClasses = typeof(RuleCatalogTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            Assert.True(File.Exists(RepositoryPaths.Combine($"src/ScriptGen.PowerShell/Analysis/Rules/{rule.Name}.cs")), $"{rule.Name}: no file Rules/{rule.Name}.cs");
            var doc = RepositoryPaths.Combine($"docs/rules/{rule.Name}.md");
            Assert.True(File.Exists(doc), $"{rule.Name}: no page docs/rules/{rule.Name}.md");
            var text = File.ReadAllText(doc);
            Assert.StartsWith($"# {rule.Name}\n", text, StringComparison.Ordinal);
            Assert.Contains(Header(rule), text, StringComparison.Ordinal);
            Assert.Contains(Row(rule), readme, StringComparison.Ordinal);
            Assert.True(testClasses.Contains(rule.Name + "Tests"), $"{rule.Name}: no test class {rule.Name}Tests");
            foreach (var option in rule.Options)
            {
                Assert.True(text.Contains($"`{option.Name}`", StringComparison.Ordinal), $"{rule.Name}: the page does not document the option {option.Name}");
            }
        }
    }

    [Fact]
    public void Every_doc_page_and_readme_row_belongs_to_a_rule()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.Combine("docs/rules"), "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => n != "README");
        var rows = RowName().Matches(File.ReadAllText(RepositoryPaths.Combine("docs/rules/README.md"))).Select(m => m.Groups[1].Value);

        Assert.Equal(Rules.Select(r => r.Name).Order(StringComparer.Ordinal), pages.Order(StringComparer.Ordinal));
        Assert.Equal(Rules.Select(r => r.Name).Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
    }

    /// <summary>The line every rule page starts its body with.</summary>
    public static string Header(RuleDescriptor rule) =>
        $"**Severity:** {rule.Severity} · **Enabled by default:** {(rule.EnabledByDefault ? "yes" : "no")} · **Configurable:** {(rule.Options.Count > 0 ? "yes" : "no")} · **Source:** {(rule.IsPSScriptAnalyzerRule ? "PSScriptAnalyzer-compatible" : "ScriptGen")}";

    private static string Row(RuleDescriptor rule) =>
        $"| [{rule.Name}]({rule.Name}.md) | {rule.Severity} | {(rule.EnabledByDefault ? "yes" : "no")} | {(rule.Options.Count > 0 ? "yes" : "no")} | {rule.Description} |";

    [GeneratedRegex(@"^\| \[([A-Za-z]+)\]\(", RegexOptions.Multiline)]
    private static partial Regex RowName();
}
