using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSPossibleIncorrectUsageOfRedirectionOperatorTests
{
    private const string Rule = "PSPossibleIncorrectUsageOfRedirectionOperator";

    [Theory]
    [InlineData("if ($a > $b){}", "1:8 '> $b'", ">")]
    [InlineData("if ($a >=){}", "1:8 '>='", ">")]
    [InlineData("if ($a > ($b)){}", "1:8 '> ($b)'", ">")]
    [InlineData("if ($a > \"$b\"){}", "1:8 '> \"$b\"'", ">")]
    [InlineData("if ($a -eq $b){}elseif($a > $b){}", "1:27 '> $b'", ">")]
    [InlineData("if ($a >> $b){}", "1:8 '>> $b'", ">>")]
    [InlineData("if (Test-Path x 2> $null) { }", "1:17 '2> $null'", "2>")]
    public void File_redirections_in_if_conditions_are_reported(string script, string extent, string op)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(extent, RuleAssert.Describe([finding], script)[0]);
        Assert.Equal(Rule, finding.RuleName);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal($"'{op}' in an if condition redirects output to a file instead of comparing, and leaves the condition false. Use -gt (greater than) or -ge (greater or equal).", finding.Message);
    }

    [Fact]
    public void Each_condition_is_reported_once()
    {
        Assert.Single(RuleAssert.Findings(Rule, "if (($a > $b) -and ($c > $d)) { }"));
        Assert.Equal(2, RuleAssert.Findings(Rule, "if ($a > 1) { } elseif ($b > 2) { }").Count);
    }

    [Theory]
    [InlineData("if ($a -gt $b){ }")]
    [InlineData("if ($a -ge $b){ }")]
    [InlineData("while ($a > $b) { }")]
    [InlineData("if (Invoke-It { $a > $b }) { }")]
    [InlineData("if ($x) { $a > $b }")]
    [InlineData("if (Get-It 2>&1) { }")]
    [InlineData("Get-Date > out.txt")]
    public void Comparisons_and_redirections_elsewhere_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
