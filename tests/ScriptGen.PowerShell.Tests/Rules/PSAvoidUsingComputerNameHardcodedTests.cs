using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingComputerNameHardcodedTests
{
    private const string Rule = "PSAvoidUsingComputerNameHardcoded";

    [Fact]
    public void Constant_computer_names_are_reported_on_the_whole_command()
    {
        const string script = "Invoke-Command -Port 343 -ComputerName \"hardcode1\"\nInvoke-Command -ComputerName:'EX01' -ScriptBlock { 1 }\nGet-Service -computername SRV02 -Name x\nTest-Connection -ComputerName 5\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:1 'Invoke-Command -Port 343 -ComputerName \"hardcode1\"'", "2:1 'Invoke-Command -ComputerName:'EX01' -ScriptBlock { 1 }'", "3:1 'Get-Service -computername SRV02 -Name x'", "4:1 'Test-Connection -ComputerName 5'"],
            RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Error, f.Severity);
        });
        Assert.Equal(
            "The -ComputerName of 'Invoke-Command' is the hard-coded name \"hardcode1\", which exposes the environment when the script is shared and ties it to one machine. Take the name from a parameter or a variable.",
            findings[0].Message);
        Assert.Equal(["Invoke-Command", "Invoke-Command", "Get-Service", "Test-Connection"], findings.Select(f => f.RuleSuppressionId));
    }

    [Fact]
    public void A_command_without_a_constant_name_is_described_as_this_command()
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, "& $command -ComputerName EX01"));

        Assert.StartsWith("The -ComputerName of this command is the hard-coded name EX01,", finding.Message, StringComparison.Ordinal);
        Assert.Null(finding.RuleSuppressionId);
    }

    [Theory]
    [InlineData("Invoke-Command -ComputerName $comp")]
    [InlineData("Invoke-Command -ComputerName $env:COMPUTERNAME")]
    [InlineData("Invoke-Command -ComputerName localhost")]
    [InlineData("Invoke-Command -ComputerName .")]
    [InlineData("Invoke-Command -ComputerName ::1")]
    [InlineData("Invoke-Command -ComputerName 127.0.0.1")]
    [InlineData("Invoke-Command -ComputerName:'LOCALHOST'")]
    [InlineData("Invoke-Command -ComputerName \"$server.contoso.com\"")]
    [InlineData("Invoke-Command -ComputerName ('EX' + '01')")]
    [InlineData("Invoke-Command -ComputerName 'EX01', 'EX02'")]
    [InlineData("Invoke-Command -ComputerName -Port 1")]
    [InlineData("Invoke-Command -ComputerName")]
    [InlineData("Invoke-Command -Comp EX01")]
    [InlineData("Invoke-Command -CN EX01")]
    [InlineData("Invoke-Command EX01")]
    public void Variables_the_local_computer_and_other_values_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
