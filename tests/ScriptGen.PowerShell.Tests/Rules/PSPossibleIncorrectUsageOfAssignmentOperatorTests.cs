using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSPossibleIncorrectUsageOfAssignmentOperatorTests
{
    private const string Rule = "PSPossibleIncorrectUsageOfAssignmentOperator";
    private const string AssignMessage = "'=' in a condition assigns the value instead of comparing. Use -eq to compare; if the assignment is intended, wrap it in another pair of parentheses.";
    private const string DoubleEqualsMessage = "'==' is not PowerShell's equality operator: this assigns the output of a command named '='. Use -eq to compare.";
    private const string NullMessage = "Assigning to $null in a condition throws the value away, so the condition is always false. Use -eq to compare, with $null on the left ($null -eq $value).";

    [Theory]
    [InlineData("if ($a=$b){}", "1:7 '='")]
    [InlineData("while ($a=$b){}", "1:10 '='")]
    [InlineData("do {} while ($a=$b)", "1:16 '='")]
    [InlineData("if ($a=($b)){}", "1:7 '='")]
    [InlineData("if ($a=\"$b\"){}", "1:7 '='")]
    [InlineData("if ($a -eq $b){}elseif($a = $b){}", "1:27 '='")]
    [InlineData("if ($a = $b -match $c){ }", "1:8 '='")]
    [InlineData("if ($x -and ($a = 1)) { }", "1:17 '='")]
    [InlineData("if ($a = $x.Count + $y.Get()) { }", "1:8 '='")]
    public void Assignments_in_conditions_are_information(string script, string extent)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(extent, RuleAssert.Describe([finding], script)[0]);
        Assert.Equal(Rule, finding.RuleName);
        Assert.Equal(DiagnosticSeverity.Information, finding.Severity);
        Assert.Equal(AssignMessage, finding.Message);
    }

    [Theory]
    [InlineData("if ($a == $b){}", "1:8 '='", DoubleEqualsMessage)]
    [InlineData("if ($a == ($b)){}", "1:8 '='", DoubleEqualsMessage)]
    [InlineData("while ($a == \"$b\"){}", "1:11 '='", DoubleEqualsMessage)]
    [InlineData("if ($null = Get-ChildItem){ }", "1:11 '='", NullMessage)]
    [InlineData("if (($null = $b)){ }", "1:12 '='", NullMessage)]
    [InlineData("do { } while (${NULL} = 1)", "1:23 '='", NullMessage)]
    public void Double_equals_and_assignments_to_null_are_warnings(string script, string extent, string message)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(extent, RuleAssert.Describe([finding], script)[0]);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void Each_condition_is_judged_by_its_first_assignment()
    {
        Assert.Equal(["1:17 '='"], RuleAssert.Describe(RuleAssert.Findings(Rule, "if ($x -and ($a = 1) -and ($b = 2)) { }"), "if ($x -and ($a = 1) -and ($b = 2)) { }"));
        Assert.Empty(RuleAssert.Findings(Rule, "if ($x -and ($f = Get-Item x) -and ($b = 2)) { }"));
        Assert.Equal(2, RuleAssert.Findings(Rule, "if ($a = 1) { } elseif ($b = 2) { }").Count);
    }

    [Theory]
    [InlineData("if ($a -eq $b){ }")]
    [InlineData("if ( ($a = $b) ){ }")]
    [InlineData("if (($a = 1) -and ($b = 2)) { }")]
    [InlineData("if ($a = [System.IO.Path]::GetTempFileName()){ }")]
    [InlineData("if ($a = $PSCmdlet.GetVariableValue($foo)){ }")]
    [InlineData("if ($a = Get-ChildItem){ }")]
    [InlineData("if ($a = (Get-ChildItem)){ }")]
    [InlineData("if ($a = { Get-ChildItem }){ }")]
    [InlineData("for ($i = 0; $i -lt 42; $i++){ }")]
    [InlineData("do { } until ($a = $b)")]
    [InlineData("if (Test-It { $a = 1 }) { }")]
    [InlineData("if ($x) { $a = 1 }")]
    [InlineData("$a = 1")]
    public void Intended_assignments_and_other_places_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
