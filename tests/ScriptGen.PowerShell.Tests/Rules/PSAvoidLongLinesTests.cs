using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Rules;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidLongLinesTests
{
    private const string Rule = "PSAvoidLongLines";

    [Fact]
    public void Lines_longer_than_120_characters_are_reported_whole()
    {
        var longLine = new string(' ', 100) + new string('a', 21);
        var script = "Get-Date\r\n" + longLine + "\r\n" + new string('b', 120) + "\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(Rule, finding.RuleName);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(longLine, script.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal((2, 1), (finding.Start.Line, finding.Start.Column));
        Assert.Equal((2, 122), (finding.End.Line, finding.End.Column));
        Assert.Equal("This line is 121 characters long, more than the maximum of 120. Break it up, for example by splatting parameters or by assigning parts to variables.", finding.Message);
        Assert.Empty(finding.Corrections);
    }

    [Fact]
    public void MaximumLineLength_sets_the_limit()
    {
        var findings = RuleAssert.Findings(Rule, "aaaaaaaaaa\naaaaaaaaaaa\r\naaaaaaaaaaaaaaa", new Dictionary<string, object> { ["MaximumLineLength"] = 10 });

        Assert.Equal([2, 3], findings.Select(f => f.Start.Line));
        Assert.StartsWith("This line is 15 characters long, more than the maximum of 10.", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_off_by_default_and_runs_only_when_enabled()
    {
        var descriptor = PSAvoidLongLines.Descriptor;

        Assert.False(descriptor.EnabledByDefault);
        Assert.Equal(120, Assert.Single(descriptor.Options, o => o.Name == "MaximumLineLength").DefaultValue);
        var result = new ScriptAnalyzer(AnalyzerSettings.Default).Analyze(SourceText.From(new string('a', 500)));
        Assert.DoesNotContain(result.Diagnostics, d => d.RuleName == Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Get-Date")]
    public void Short_lines_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
