using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGUseKnownCommandsAndParametersTests
{
    private const string Rule = "SGUseKnownCommandsAndParameters";

    [Fact]
    public void Misspelt_and_ambiguous_parameters_of_catalogued_commands_are_reported()
    {
        const string script = "Get-Mailbox -ResultSze 10\nEnable-PushNotificationProxy -Organisation:$tenant\nGet-ChildItem -F x\nGet-AuthConfig -Nonsense\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:13 '-ResultSze'", "2:30 '-Organisation:'", "3:15 '-F'", "4:16 '-Nonsense'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Get-Mailbox has no parameter -ResultSze; did you mean -ResultSize? PowerShell refuses the call (\"A parameter cannot be found that matches parameter name 'ResultSze'\").",
            findings[0].Message);
        Assert.Equal("-ResultSize", findings[0].Corrections.Single().Replacement);
        Assert.Equal("-Organization:", findings[1].Corrections.Single().Replacement);
        Assert.Equal(
            "-F is ambiguous for Get-ChildItem: it is the start of -Filter, -Force, -File, -FollowSymlink. PowerShell refuses an ambiguous parameter name; write it out.",
            findings[2].Message);
        Assert.Equal(
            "Get-AuthConfig has no parameter -Nonsense, so PowerShell refuses the call (\"A parameter cannot be found that matches parameter name 'Nonsense'\").",
            findings[3].Message);
        Assert.Empty(findings[3].Corrections);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
    }

    [Fact]
    public void A_command_one_edit_from_a_catalogued_one_or_an_unknown_msol_cmdlet_is_reported()
    {
        const string script = "Get-ExchangSever\nGet-ExchnageServer -Identity x\nConect-MgGraph\nSet-MsolThing\nfunction Get-Thing { }\nGet-Thnig\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["2:1 'Get-ExchnageServer'", "3:1 'Conect-MgGraph'", "4:1 'Set-MsolThing'", "6:1 'Get-Thnig'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "'Get-ExchnageServer' is not a known command; did you mean Get-ExchangeServer? A misspelt command fails when the script reaches it, after the steps before it have run.",
            findings[0].Message);
        Assert.Equal("Get-ExchangeServer", findings[0].Corrections.Single().Replacement);
        Assert.Equal(
            "'Set-MsolThing' is not a cmdlet of the MSOnline module, whose cmdlets ScriptGen knows in full. A misspelt command fails when the script reaches it, after the steps before it have run.",
            findings[2].Message);
        Assert.StartsWith("'Get-Thnig' is not a known command; did you mean Get-Thing?", findings[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_of_advanced_functions_in_the_script_are_checked_as_PowerShell_binds_them()
    {
        const string script = "function Test-It {\n    [CmdletBinding(SupportsShouldProcess)]\n    param([Alias('N')][string] $Name, [switch] $Force)\n}\nTest-It -Name a -N b -Fo -WhatIf -Verbose -ea Stop\nTest-It -Nme a\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(6, finding.Start.Line);
        Assert.StartsWith("Test-It has no parameter -Nme; did you mean -Name?", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Get-ChildItem -Rec -LP $p -ea SilentlyContinue -ov found")]
    [InlineData("Remove-Item -LiteralPath $p -cf:$false -WhatIf")]
    [InlineData("Invoke-RestMethod -Uri $u -TimeoutSec 30")]
    [InlineData("gci -Recurse | ? { $_.Length -gt 0 } | % { $_.Name }")]
    [InlineData("Get-PushNotificationApp -Identity OnPrem-Proxy\nSet-PushNotificationApp -Identity OnPrem-Proxy -Enabled $false")]
    [InlineData("Get-ADUser -Identity x\nGet-MgUser -UserId y\ngit log --oneline\ncertutil.exe -store My\n& .\\Other.ps1 -Anything 1")]
    [InlineData("function f($a) { $args }\nf -Whatever 1")]
    [InlineData("function Get-Mailboxs { }\nGet-Mailboxs")]
    [InlineData("Set-Alias -Name Get-Mailboxs -Value Get-Mailbox\nGet-Mailboxs")]
    [InlineData("Get-Mailbox @mailboxArguments")]
    [InlineData("Write-Output -- -NotAParameter")]
    [InlineData("Connect-MsolService\nGet-AzureADUser -Whatever 1")]
    [InlineData("function g { [CmdletBinding()] param([Parameter(ValueFromRemainingArguments)] $Rest) }\ng -Anything 1")]
    [InlineData(". $PSScriptRoot\\Shared\\Helpers.ps1\nGet-Consent")]
    [InlineData("function Invoke-Check { Get-Consent }")]
    [InlineData("Import-PSSession -Session $s -Prefix EO\nGet-EOMailbox")]
    [InlineData("function Set-Thing { }\nSet-Thing\nGet-Thing")]
    [InlineData("Get-Cluster -Name c1")]
    [InlineData("Clear-Host\nmd C:\\Temp\nTabExpansion2 -inputScript 'x' -cursorColumn 1")]
    public void Known_names_prefixes_aliases_and_commands_that_cannot_be_judged_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void Splatting_hides_only_the_splatted_parameters()
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, "Get-Mailbox @mailboxArguments -ResultSze 1"));

        Assert.Contains("-ResultSize", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commands_of_other_modules_can_be_declared_known()
    {
        const string script = "Get-Mailboxs\n";

        Assert.Single(RuleAssert.Findings(Rule, script));
        Assert.Empty(RuleAssert.Findings(Rule, script, new Dictionary<string, object> { ["KnownCommands"] = new[] { "get-mailboxs" } }));
    }
}
