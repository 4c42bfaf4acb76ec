using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSMisleadingBacktickTests
{
    private const string Rule = "PSMisleadingBacktick";

    [Fact]
    public void A_backtick_followed_by_whitespace_is_reported_and_the_correction_keeps_the_backtick()
    {
        const string script = "Get-ChildItem ` \r\n    -Path C:\\Temp `\t  \n    -Recurse\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:15 '` '", "2:19 '`\t  '"], RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Warning, f.Severity);
            Assert.Equal("This backtick is followed by whitespace, so it does not continue the line: the command ends here and the next line runs on its own. Remove the whitespace after the backtick.", f.Message);
        });
        var correction = Assert.Single(findings[1].Corrections);
        Assert.Equal("\t  ", script.Substring(correction.Span.Start, correction.Span.Length));
        Assert.Equal((2, 20), (correction.Start.Line, correction.Start.Column));
        Assert.Equal((2, 23), (correction.End.Line, correction.End.Column));
        Assert.Equal(string.Empty, correction.Replacement);
        Assert.Equal("Remove the whitespace after the backtick", correction.Description);
    }

    [Fact]
    public void Only_the_last_backtick_of_a_line_counts_and_text_lines_are_checked_too()
    {
        const string script = "'a ` b' ` \n# comment `  \n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:9 '` '", "2:11 '`  '"], RuleAssert.Describe(findings, script));
    }

    [Theory]
    [InlineData("Get-ChildItem `\n    -Recurse")]
    [InlineData("Get-ChildItem `\r\n    -Recurse")]
    [InlineData("\"this ` backtick is just fine\"")]
    [InlineData("Get-Date  ")]
    [InlineData("`")]
    [InlineData("")]
    public void Proper_continuations_and_other_backticks_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
