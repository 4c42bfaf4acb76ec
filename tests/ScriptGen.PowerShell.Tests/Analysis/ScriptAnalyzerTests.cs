using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class ScriptAnalyzerTests
{
    [Fact]
    public void Parse_errors_come_first_then_findings_by_position_and_rule()
    {
        var analyzer = new ScriptAnalyzer(AnalyzerSettings.Default, rules: [Probe("SGProbeB"), Probe("SGProbeA")]);

        var result = analyzer.Analyze(SourceText.From("Get-A\nGet-B\nif ($x) {\n"));

        Assert.Equal(
            ["MissingEndCurlyBrace@3", "SGProbeA@1", "SGProbeB@1", "SGProbeA@2", "SGProbeB@2"],
            result.Diagnostics.Select(d => $"{d.RuleName}@{d.Start.Line}"));
    }

    [Fact]
    public void A_rule_that_throws_becomes_one_error_finding_and_the_others_still_run()
    {
        var analyzer = new ScriptAnalyzer(AnalyzerSettings.Default, rules: [Probe("SGProbeA"), Throwing()]);

        var result = analyzer.Analyze(SourceText.From("Get-A\nGet-B\n"));

        var failure = Assert.Single(result.Diagnostics, d => d.RuleName == "SGThrows");
        Assert.Equal(DiagnosticSeverity.Error, failure.Severity);
        Assert.Contains("failed on this script (InvalidOperationException: broken)", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Count(d => d.RuleName == "SGProbeA"));
    }

    [Fact]
    public void Syntax_only_runs_no_rule()
    {
        var analyzer = new ScriptAnalyzer(AnalyzerSettings.SyntaxOnly, rules: [Probe("SGProbeA")]);

        Assert.Empty(analyzer.EnabledRules);
        Assert.Empty(analyzer.Analyze(SourceText.From("Get-A\n")).Diagnostics);
    }

    [Theory]
    [InlineData(new[] { "SGProbe*" }, new string[0], new[] { "SGProbeA", "SGProbeB" })]
    [InlineData(new[] { "sgprobea" }, new string[0], new[] { "SGProbeA" })]
    [InlineData(new string[0], new[] { "*B" }, new[] { "SGProbeA" })]
    [InlineData(new[] { "SGProbe?" }, new[] { "SGProbeA" }, new[] { "SGProbeB" })]
    public void Include_and_exclude_patterns_select_rules_and_exclusion_wins(string[] include, string[] exclude, string[] expected)
    {
        var settings = new AnalyzerSettings { IncludeRules = include, ExcludeRules = exclude };

        var analyzer = new ScriptAnalyzer(settings, rules: [Probe("SGProbeA"), Probe("SGProbeB")]);

        Assert.Equal(expected, analyzer.EnabledRules.Select(r => r.Name));
    }

    [Fact]
    public void Every_built_in_rule_survives_scripts_that_do_not_parse()
    {
        var analyzer = new ScriptAnalyzer(new AnalyzerSettings { RuleOptions = BuiltinRules.All.ToDictionary(r => r.Descriptor.Name, r => (IReadOnlyDictionary<string, object>)new Dictionary<string, object> { ["Enable"] = true }) });
        string[] broken = ["function f {", "param(", "[Parameter(]", "$x = ", "@{ a = ", "if ($x) { Write-Host", "class C { [int] M( }", "'unterminated", "@\"\nx", "switch ($x) {", "try { }", "foreach ($x in ) { }"];

        foreach (var script in broken)
        {
            var result = analyzer.Analyze(SourceText.From(script));
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("failed on this script", StringComparison.Ordinal));
        }
    }

    private static RuleDefinition Probe(string name) =>
        new(new RuleDescriptor(name, DiagnosticSeverity.Warning, true, "test probe"), () => new CommandProbe(name));

    private static RuleDefinition Throwing() =>
        new(new RuleDescriptor("SGThrows", DiagnosticSeverity.Warning, true, "test probe"), () => new ThrowingProbe());

    private sealed class CommandProbe(string name) : ScriptRule
    {
        public override RuleDescriptor Rule { get; } = new(name, DiagnosticSeverity.Warning, true, "test probe");

        public override void Register(RuleRegistration registration) =>
            registration.OnNode<CommandNode>((command, context) => context.Report(command, "probe"));
    }

    private sealed class ThrowingProbe : ScriptRule
    {
        public override RuleDescriptor Rule { get; } = new("SGThrows", DiagnosticSeverity.Warning, true, "test probe");

        public override void Register(RuleRegistration registration) =>
            registration.OnNode<CommandNode>((_, _) => throw new InvalidOperationException("broken"));
    }
}
