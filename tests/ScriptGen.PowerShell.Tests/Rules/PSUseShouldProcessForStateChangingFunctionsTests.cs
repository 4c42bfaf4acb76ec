using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSUseShouldProcessForStateChangingFunctionsTests
{
    private const string Rule = "PSUseShouldProcessForStateChangingFunctions";

    [Theory]
    [InlineData("New")]
    [InlineData("Set")]
    [InlineData("Remove")]
    [InlineData("Start")]
    [InlineData("Stop")]
    [InlineData("Restart")]
    [InlineData("Reset")]
    [InlineData("Update")]
    public void A_state_changing_verb_without_should_process_is_reported_on_the_function_name(string verb)
    {
        var script = $"function {verb}-Widget {{ param([string]$Name) }}";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal([$"1:10 '{verb}-Widget'"], RuleAssert.Describe([finding], script));
        Assert.Equal(
            $"Function '{verb}-Widget' has a verb that changes system state but does not support -WhatIf and -Confirm. Declare [CmdletBinding(SupportsShouldProcess)] in its param block and call $PSCmdlet.ShouldProcess() before each change.",
            finding.Message);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData("[CmdletBinding(SupportsShouldProcess = $false)]")]
    [InlineData("[CmdletBinding(SupportsShouldProcess = 0)]")]
    [InlineData("[CmdletBinding(SupportsShouldProcess = '')]")]
    [InlineData("[CmdletBinding()]")]
    [InlineData("[OutputType([string])]")]
    public void Should_process_that_is_false_or_missing_is_reported(string attribute)
    {
        Assert.Single(RuleAssert.Findings(Rule, $"function Set-Widget {{\n    {attribute}\n    param()\n}}"));
    }

    [Theory]
    [InlineData("function Set-Widget { [CmdletBinding(SupportsShouldProcess)] param() }")]
    [InlineData("function Set-Widget { [CmdletBinding(SupportsShouldProcess = $true)] param() }")]
    [InlineData("function Set-Widget { [CmdletBinding(SupportsShouldProcess = 1)] param() }")]
    [InlineData("function Set-Widget { [CmdletBinding(SupportsShouldProcess = 'a')] param() }")]
    [InlineData("function Set-Widget { [System.Management.Automation.CmdletBindingAttribute(ConfirmImpact = 'High', SupportsShouldProcess)] param() }")]
    [InlineData("function Get-Widget { param() }\nfunction Test-Widget { }\nfunction Settle { }")]
    [InlineData("function global:Set-Widget { }")]
    [InlineData("workflow Set-Widget { param($Name) }")]
    public void Should_process_that_is_true_other_verbs_scoped_names_and_workflows_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void Inline_parameters_leave_no_room_for_should_process()
    {
        Assert.Single(RuleAssert.Findings(Rule, "function Remove-Widget($Name) { }"));
    }
}
