using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingPositionalParametersTests
{
    private const string Rule = "PSAvoidUsingPositionalParameters";

    [Fact]
    public void Three_positional_arguments_to_a_known_cmdlet_are_reported_on_the_whole_command()
    {
        const string script = "# three by position\nGet-Command 'abc' 4 4.3\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(["2:1 'Get-Command 'abc' 4 4.3'"], RuleAssert.Describe([finding], script));
        Assert.Equal(
            "'Get-Command' is called with 3 positional arguments. Name each parameter (-Name value): the call then does not depend on the order of the parameters and reads without looking it up.",
            finding.Message);
        Assert.Equal(DiagnosticSeverity.Information, finding.Severity);
        Assert.Equal("Get-Command", finding.RuleSuppressionId);
    }

    [Theory]
    [InlineData("gcm 'abc' 4 4.3")]
    [InlineData("Join-Path a b c d")]
    [InlineData("Get-ChildItem a b c | Sort-Object")]
    [InlineData("Get-Thing a b c\nfunction Get-Thing { param($A, $B, $C) }")]
    [InlineData("function Foo { param([Parameter(Position = 1)] $A, [Parameter(Position = 2)] $B, [Parameter(Position = 3)] $C) }\nFoo 'a' 'b' 'c'")]
    [InlineData("Write-Host -NoNewline a b c d")]
    public void Aliases_catalogued_commands_and_functions_of_the_script_are_checked(string script)
    {
        Assert.Single(RuleAssert.Findings(Rule, script));
    }

    [Theory]
    [InlineData("Get-Content Test\nSplit-Path 'RandomPath' -Leaf\nJoin-Path a b")]
    [InlineData("Get-Process | Where-Object { $_.Handles -gt 200 }")]
    [InlineData("Get-Date | Select-Object a b c")]
    [InlineData("az group deployment list")]
    [InlineData("& 'C:\\Windows\\System32\\calc.exe' a b c")]
    [InlineData("Get-ChildItem @splat a b c")]
    [InlineData("Get-WmiObject Win32_Service -ComputerName $c -Filter \"name='x'\" -Credential $cred")]
    [InlineData("help a b c")]
    [InlineData("Write-Host -NoNewline a b c")]
    public void Two_or_fewer_later_pipeline_elements_unknown_commands_and_splatting_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void Commands_in_the_allow_list_are_not_reported_ignoring_case()
    {
        var allowJoinPath = new Dictionary<string, object> { ["CommandAllowList"] = new[] { "az", "Join-Path" } };
        var allowTestPath = new Dictionary<string, object> { ["CommandAllowList"] = new[] { "Test-Path" } };

        Assert.Empty(RuleAssert.Findings(Rule, "join-patH a b c", allowJoinPath));
        Assert.Single(RuleAssert.Findings(Rule, "Join-Path a b c d", allowTestPath));
    }
}
