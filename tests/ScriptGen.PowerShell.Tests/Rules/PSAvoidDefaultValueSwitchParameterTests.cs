using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidDefaultValueSwitchParameterTests
{
    private const string Rule = "PSAvoidDefaultValueSwitchParameter";

    [Fact]
    public void Switches_defaulting_to_true_are_reported_on_the_whole_parameter()
    {
        const string script = "function Verb-Noun {\n    param(\n        [switch]\n        $switch=$true,\n        [System.Management.Automation.SwitchParameter] $Switch2 = $TRUE\n    )\n}\nfunction F([Parameter()][Switch]$Force = $true) { }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["3:9 '[switch]\n        $switch=$true'", "5:9 '[System.Management.Automation.SwitchParameter] $Switch2 = $TRUE'", "8:12 '[Parameter()][Switch]$Force = $true'"],
            RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Warning, f.Severity);
        });
        Assert.Equal(
            "The switch parameter $switch defaults to $true, so callers can turn it off only with -switch:$false. Remove the default and name the switch for the behaviour it turns on.",
            findings[0].Message);
    }

    [Theory]
    [InlineData("param([switch] $Force)")]
    [InlineData("param([switch] $Force = $false)")]
    [InlineData("param([bool] $Force = $true)")]
    [InlineData("param($Force = $true)")]
    [InlineData("param([switch[]] $Force = $true)")]
    [InlineData("param([switch] $Force = 1)")]
    public void Other_switches_and_parameters_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
