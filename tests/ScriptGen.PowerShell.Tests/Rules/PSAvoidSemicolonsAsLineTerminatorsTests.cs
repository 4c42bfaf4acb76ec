using ScriptGen.PowerShell.Analysis.Rules;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidSemicolonsAsLineTerminatorsTests
{
    private const string Rule = "PSAvoidSemicolonsAsLineTerminators";

    [Fact]
    public void Semicolons_that_end_a_line_are_reported_with_a_correction_that_deletes_them()
    {
        const string script = "'test';'test';\r\n$a = 1 + $b;  \n@{ a = 1;\n   b = 2 };";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:14 ';'", "2:12 ';'", "3:9 ';'", "4:11 ';'"], RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Warning, f.Severity);
            Assert.Equal("This line ends with a semicolon, which PowerShell does not need: the newline already ends the statement. Remove it.", f.Message);
            var correction = Assert.Single(f.Corrections);
            Assert.Equal(f.Span, correction.Span);
            Assert.Equal(string.Empty, correction.Replacement);
            Assert.Equal("Remove the semicolon", correction.Description);
        });
    }

    [Theory]
    [InlineData("'line with a semicolon; in the middle'")]
    [InlineData("Get-Date; Get-Item x")]
    [InlineData("Get-Date; # a comment")]
    [InlineData("Get-Date; `\n  Get-Item x")]
    [InlineData("$code = @\"\npublic int Add(int x, int y) { return x + y; }\n\"@")]
    [InlineData("\"$(Get-Date;)\"")]
    [InlineData("# just a comment;")]
    public void Semicolons_inside_lines_strings_and_comments_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void Is_off_by_default()
    {
        Assert.False(PSAvoidSemicolonsAsLineTerminators.Descriptor.EnabledByDefault);
    }
}
