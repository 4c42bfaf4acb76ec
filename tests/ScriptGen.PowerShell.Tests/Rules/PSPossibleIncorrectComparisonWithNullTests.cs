using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSPossibleIncorrectComparisonWithNullTests
{
    private const string Rule = "PSPossibleIncorrectComparisonWithNull";

    [Fact]
    public void Comparisons_with_null_on_the_right_are_reported_with_the_swapped_comparison()
    {
        const string script = "if (@('a', 'b') -eq $null) { }\nif ($unknown -ne $null) { }\nfunction Test-It {\n    $b = 'x', 'y'\n    if ($b -ceq $null) { }\n}\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:5 '@('a', 'b') -eq $null'", "2:5 '$unknown -ne $null'", "5:9 '$b -ceq $null'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "$null is on the right of this comparison: if the left side is an array, PowerShell returns its $null elements instead of testing it. Write $null -eq @('a', 'b').",
            findings[0].Message);
        Assert.Equal(["$null -eq @('a', 'b')", "$null -ne $unknown", "$null -ceq $b"], findings.Select(f => Assert.Single(f.Corrections).Replacement));
        Assert.Equal("Use $null on the left hand side for safe comparison with $null.", findings[0].Corrections[0].Description);
        Assert.Equal(findings[0].Span, findings[0].Corrections[0].Span);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("$x.Count -eq $null")]
    [InlineData("(Get-Item C:\\) -ieq $null")]
    [InlineData("$list = Get-ChildItem; if ($list -cne $null) { }")]
    [InlineData("$a = 3; $a = Get-Date; $a -eq $null")]
    [InlineData("$a -eq $null; $a = 3")]
    [InlineData("function f($Name) { $Name -eq $null }")]
    [InlineData("function f([string[]]$Names) { $Names -eq $null }")]
    [InlineData("Get-ChildItem | Where-Object { $_.Length -eq $null }")]
    [InlineData("$global:DebugPreference -eq $null")]
    public void Left_sides_that_may_be_arrays_or_anything_are_reported(string script)
    {
        Assert.Single(RuleAssert.Findings(Rule, script));
    }

    [Theory]
    [InlineData("$a = 3\nif ($a -eq $null) { if (3 -eq $null) { } }")]
    [InlineData("function f { if ($DebugPreference -eq $null) { } }\nif ($null -eq $x) { }")]
    [InlineData("function f([string]$Name, [int]$Count = 2, $Size = 5) { $Name -eq $null; $Count -ne $null; $Size -eq $null }")]
    [InlineData("$s = \"x$y\"; $h = @{}; $t = [int]'5'; $u = $v -as [string]\n$s -eq $null; $h -eq $null; $t -eq $null; $u -eq $null")]
    [InlineData("$a = 'x'; $b = $a; $b -eq $null")]
    [InlineData("$a = 3\nfunction f { $a -eq $null }")]
    [InlineData("$x -gt $null; $x -like $null; $x -eq $NotNull")]
    [InlineData("'text' -eq $null; [string]$y -eq $null; -not $z -eq $null")]
    public void Left_sides_of_a_known_single_type_and_automatic_variables_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
