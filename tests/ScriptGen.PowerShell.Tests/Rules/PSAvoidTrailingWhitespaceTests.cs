using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidTrailingWhitespaceTests
{
    private const string Rule = "PSAvoidTrailingWhitespace";

    [Fact]
    public void Spaces_and_tabs_at_line_ends_are_reported_with_a_correction_that_deletes_them()
    {
        const string script = "$null = $null   \r\nGet-Date\t\t\n  \nfunction Get-Example {\n    'Example' \n} \t";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:14 '   '", "2:9 '\t\t'", "3:1 '  '", "5:14 ' '", "6:2 ' \t'"], RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Information, f.Severity);
            Assert.Equal("This line ends with whitespace, which is invisible in review and becomes part of the value inside a here-string. Remove it.", f.Message);
            var correction = Assert.Single(f.Corrections);
            Assert.Equal(f.Span, correction.Span);
            Assert.Equal(string.Empty, correction.Replacement);
            Assert.Equal("Remove the trailing whitespace", correction.Description);
        });
        Assert.Equal((6, 2), (findings[4].Start.Line, findings[4].Start.Column));
        Assert.Equal((6, 4), (findings[4].End.Line, findings[4].End.Column));
    }

    [Fact]
    public void Lines_inside_here_strings_and_comments_count_too()
    {
        const string script = "$body = @'\nfirst line  \n'@\n# a comment \n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["2:11 '  '", "4:12 ' '"], RuleAssert.Describe(findings, script));
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line()
    {
        const string script = "Get-Date \rGet-Item x";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal("1:9 ' '", RuleAssert.Describe([finding], script)[0]);
    }

    [Fact]
    public void Only_spaces_and_tabs_before_another_final_whitespace_character_are_included()
    {
        // As in PSScriptAnalyzer: any whitespace character at the end triggers, the extent then grows over spaces and tabs only.
        const string script = "'x'\u00A0\u00A0 ";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal("1:6 ' '", RuleAssert.Describe([finding], script)[0]);
    }

    [Theory]
    [InlineData("Get-Date")]
    [InlineData("Get-Date\r\nGet-Item x\r\n")]
    [InlineData("\n\n\r\n")]
    [InlineData("")]
    [InlineData("'a   b'")]
    public void Lines_without_trailing_whitespace_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
