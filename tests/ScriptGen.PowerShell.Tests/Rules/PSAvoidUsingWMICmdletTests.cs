using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingWMICmdletTests
{
    private const string Rule = "PSAvoidUsingWMICmdlet";

    [Fact]
    public void Every_wmi_cmdlet_is_reported_with_its_cim_replacement()
    {
        const string script = "#requires -Version 3.0\nfunction Test {\n    Get-WmiObject -Class Win32_ComputerSystem\n    Invoke-WMIMethod -Path Win32_Process -Name Create\n    Register-WMIEvent -Class Win32_ProcessStartTrace\n    Set-WMIInstance -Class Win32_Environment\n}\nRemove-WmiObject -Class Win32_OperatingSystem -Verbose\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["3:5 'Get-WmiObject -Class Win32_ComputerSystem'", "4:5 'Invoke-WMIMethod -Path Win32_Process -Name Create'", "5:5 'Register-WMIEvent -Class Win32_ProcessStartTrace'", "6:5 'Set-WMIInstance -Class Win32_Environment'", "8:1 'Remove-WmiObject -Class Win32_OperatingSystem -Verbose'"],
            RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Warning, f.Severity);
        });
        Assert.Equal("Get-WmiObject is a WMI cmdlet: it uses DCOM, which firewalls often block, and PowerShell 7 no longer has it. Use Get-CimInstance, which works over WS-Management.", findings[0].Message);
        Assert.Contains("Use Register-CimIndicationEvent,", findings[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#requires -Version 2.0\nGet-WmiObject -Class Win32_ComputerSystem")]
    [InlineData("#Requires -Version 1\nInvoke-WmiMethod -Path Win32_Process -Name Create")]
    [InlineData("Get-CimInstance -ClassName Win32_ComputerSystem")]
    [InlineData("gwmi Win32_ComputerSystem")]
    [InlineData("'Get-WmiObject'")]
    public void Cim_cmdlets_aliases_and_powershell_2_scripts_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void A_later_version_requirement_does_not_exempt_the_script()
    {
        Assert.Single(RuleAssert.Findings(Rule, "#requires -Version 5.1\nGet-WmiObject Win32_Service"));
    }
}
