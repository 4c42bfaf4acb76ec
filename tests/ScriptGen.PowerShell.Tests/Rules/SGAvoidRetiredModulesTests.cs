using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGAvoidRetiredModulesTests
{
    private const string Rule = "SGAvoidRetiredModules";

    [Fact]
    public void Cmdlets_of_msonline_azuread_and_azureadpreview_are_reported()
    {
        const string script = "Connect-MsolService -AzureEnvironment AzureCloud\n$u = get-azureaduser -ObjectId x\nAdd-AzureADApplicationPolicy -Id $app\nMSOnline\\Get-MsolDomain\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:1 'Connect-MsolService -AzureEnvironment AzureCloud'", "2:6 'get-azureaduser -ObjectId x'", "3:1 'Add-AzureADApplicationPolicy -Id $app'", "4:1 'MSOnline\\Get-MsolDomain'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Connect-MsolService is a cmdlet of the MSOnline module. Microsoft retired MSOnline between April and late May 2025; its cmdlets now fail (403 \"MSOnline PowerShell is disallowed\"). Use Microsoft Graph PowerShell (Connect-MgGraph, Invoke-MgGraphRequest) or Microsoft Entra PowerShell.",
            findings[0].Message);
        Assert.Equal(
            "get-azureaduser is a cmdlet of the AzureAD module. Microsoft retired the AzureAD modules after July 2025; their cmdlets no longer work. Use Microsoft Graph PowerShell (Connect-MgGraph, Invoke-MgGraphRequest) or Microsoft Entra PowerShell.",
            findings[1].Message);
        Assert.StartsWith("Add-AzureADApplicationPolicy is a cmdlet of the AzureADPreview module.", findings[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("Get-MsolDomain is a cmdlet of the MSOnline module.", findings[3].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
        Assert.Equal("Connect-MsolService", findings[0].RuleSuppressionId);
    }

    [Fact]
    public void Importing_installing_or_requiring_a_retired_module_is_reported()
    {
        const string script = "#Requires -Modules MSOnline\nImport-Module MSOnline\nInstall-Module -Name AzureAD -Scope CurrentUser\nImport-Module -Name:Microsoft.Graph.Authentication, AzureADPreview\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 '#Requires -Modules MSOnline'", "2:15 'MSOnline'", "3:22 'AzureAD'", "4:53 'AzureADPreview'"], RuleAssert.Describe(findings, script));
        Assert.StartsWith("This script requires the MSOnline module. Microsoft retired MSOnline", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Import-Module MSOnline: the MSOnline module is retired. Microsoft retired MSOnline", findings[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("Install-Module AzureAD: the AzureAD module is retired. Microsoft retired the AzureAD modules", findings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_module_specification_in_requires_is_read_too()
    {
        const string script = "#requires -Modules @{ ModuleName = 'AzureAD'; ModuleVersion = '2.0' }\nGet-Date\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.StartsWith("This script requires the AzureAD module.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_justified_file_suppression_silences_the_retired_variant()
    {
        const string script = "# scriptgen: suppress-file SGAvoidRetiredModules -- the legacy variant, generated only with --allow-retired\n#Requires -Modules MSOnline\nConnect-MsolService\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.DoesNotContain(result.Diagnostics, d => d.RuleName == Rule);
        Assert.Equal(2, result.Suppressed.Count);
    }

    [Theory]
    [InlineData("Connect-MgGraph -Scopes 'Application.ReadWrite.All'")]
    [InlineData("Import-Module Microsoft.Graph.Authentication")]
    [InlineData("#Requires -Modules Microsoft.Graph.Authentication, MSOnlineTools")]
    [InlineData("Write-Output 'Connect-MsolService is retired'")]
    [InlineData("Get-Module -ListAvailable -Name MSOnline")]
    [InlineData("Get-MsolNothing")]
    [InlineData("# Connect-MsolService used to do this\nGet-Date")]
    public void Other_modules_and_mere_mentions_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
