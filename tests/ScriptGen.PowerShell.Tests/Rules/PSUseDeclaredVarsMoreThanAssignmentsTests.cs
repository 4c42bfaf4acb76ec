using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSUseDeclaredVarsMoreThanAssignmentsTests
{
    private const string Rule = "PSUseDeclaredVarsMoreThanAssignments";

    [Fact]
    public void Variables_assigned_and_never_read_are_reported_on_the_assigned_expression()
    {
        const string script = "$unused = 'first'\n[string]$typed = 'second'\n$used = 'third'\nWrite-Output $used\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 '$unused'", "2:1 '[string]$typed'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "The variable 'typed' is assigned but never used in its script block. Remove the assignment, use the value, or, if the assignment only discards output, assign to $null.",
            findings[1].Message);
        Assert.Equal(["unused", "typed"], findings.Select(f => f.RuleSuppressionId));
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Each_script_block_is_analysed_on_its_own()
    {
        const string script = "function One {\n    $a = 1\n    $b = 1\n    $a + $b\n}\nfunction Two {\n    $a = 1\n    $b = 1\n    $a + $a\n}\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(["8:5 '$b'"], RuleAssert.Describe([finding], script));
    }

    [Theory]
    [InlineData("$private:x = $null", "$private:x")]
    [InlineData("$myvar = 1; $myvar = 2", "$myvar")]
    [InlineData("$myvar = 1; $myvar = 2; $second = $myvar", "$second")]
    [InlineData("$ArbitrarySwitchParameter = 1; Get-Variable -ArbitrarySwitchParameter", "$ArbitrarySwitchParameter")]
    [InlineData("Get-ChildItem | ForEach-Object { $inner = $_ }\n$inner", "$inner")]
    public void Reassignment_with_equals_is_not_a_read(string script, string reported)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(reported, script.Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void A_typed_reassignment_counts_as_a_read_as_in_psscriptanalyzer()
    {
        const string script = "[int]$n = 1; [int]$n = 2; $m = 3";

        Assert.Equal(["1:27 '$m'"], RuleAssert.Describe(RuleAssert.Findings(Rule, script), script));
    }

    [Theory]
    [InlineData("$InformationPreference = 'Stop'\n$ErrorView = 'NormalView'\n$PSNativeCommandArgumentPassing = 'Legacy'\n$PSModuleAutoLoadingPreference = 'None'")]
    [InlineData("$global:x = $null; { $global:x = $null }")]
    [InlineData("$env:x = $null; function foo { $env:bar = 42 }")]
    [InlineData("$script:x = $null; { $script:x = $null }")]
    [InlineData("$variable:a = 52; $a")]
    [InlineData("$private:x = 42; $x")]
    [InlineData("$function:prompt = { 'PS> ' }")]
    [InlineData("$foo.Property = 'value'")]
    [InlineData("$array = @(); $list | ForEach-Object { $array += $_ }")]
    [InlineData("$list | ForEach-Object { $array += $_ }")]
    [InlineData("$name = 'x'; \"Hello $name\"")]
    [InlineData("$parameters = @{ Name = 'x' }; Get-Item @parameters")]
    [InlineData("$server = 'x'; Invoke-Command -ScriptBlock { $using:server }")]
    [InlineData("$null = Get-Item C:\\\n$OFS = ', '")]
    [InlineData("param($Name)\n$Name = $Name.Trim()")]
    [InlineData("$i = 0; foreach ($i in 1..3) { }")]
    public void Reads_in_any_form_and_variables_this_rule_does_not_own_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Theory]
    [InlineData("$a = 1; Get-Variable a")]
    [InlineData("$a = 1; Get-Variable -Name a")]
    [InlineData("$a = 1; Get-Variable -n a")]
    [InlineData("$a = 1; $b = 2; Get-Variable a,b")]
    [InlineData("$a = 1; $b = 2; Get-Variable -Name a,b")]
    [InlineData("$a = 1; $b = 2; gv A,B")]
    public void Get_variable_with_a_constant_name_reads_the_variable(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
