using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingPlainTextForPasswordTests
{
    private const string Rule = "PSAvoidUsingPlainTextForPassword";

    [Fact]
    public void Secret_parameters_typed_as_text_are_reported_on_the_whole_parameter()
    {
        const string script = "function Connect-Thing {\n    param(\n        [Parameter(Mandatory)]\n        $Password,\n        [string] <# note #> $Passphrase,\n        [string[]] $OldPasswords,\n        [object] $Credential,\n        $auth\n    )\n}\nfunction Test-It([string] [Parameter(ValueFromPipeline)] $cred) { }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["3:9 '[Parameter(Mandatory)]\n        $Password'", "5:9 '[string] <# note #> $Passphrase'", "6:9 '[string[]] $OldPasswords'", "7:9 '[object] $Credential'", "11:18 '[string] [Parameter(ValueFromPipeline)] $cred'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Parameter '$Password' takes a secret as plain text. Make it [SecureString], or [PSCredential] when it goes with a user name, so the value is not kept, logged or shown in clear.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
        Assert.Equal(["Password", "Passphrase", "OldPasswords", "Credential", "cred"], findings.Select(f => f.RuleSuppressionId));
    }

    [Fact]
    public void Each_finding_offers_secure_string_and_credential_corrections_of_the_type_or_the_name()
    {
        const string script = "param($Password, [string]$Passphrase, [string[]]$Passwords)";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(3, findings.Count);
        Assert.Equal(["[SecureString] $Password", "[PSCredential] $Password"], findings[0].Corrections.Select(c => c.Replacement));
        Assert.Equal("$Password", script.Substring(findings[0].Corrections[0].Span.Start, findings[0].Corrections[0].Span.Length));
        Assert.Equal(["Set $Password type to SecureString", "Set $Password type to PSCredential"], findings[0].Corrections.Select(c => c.Description));
        Assert.Equal(["[SecureString]", "[PSCredential]"], findings[1].Corrections.Select(c => c.Replacement));
        Assert.Equal("[string]", script.Substring(findings[1].Corrections[0].Span.Start, findings[1].Corrections[0].Span.Length));
        Assert.Equal(["[SecureString[]]", "[PSCredential[]]"], findings[2].Corrections.Select(c => c.Replacement));
    }

    [Theory]
    [InlineData("param([securestring]$Password, [System.Security.SecureString[]]$Passphrases, [PSCredential]$Credential)")]
    [InlineData("param([int]$PasswordLength, [string]$PassThru, [string]$UserName, [switch]$ResetPassword)")]
    [InlineData("param([System.Management.Automation.PSCredential]$Cred, [pscredential[]]$Creds)")]
    [InlineData("class Secret { }\nfunction Use-It([Secret]$Password) { }")]
    [InlineData("function Use-It([Secret]$Password) { }\nclass Secret { }")]
    public void Secure_types_other_names_and_classes_of_the_script_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void A_type_powershell_cannot_resolve_counts_as_object()
    {
        Assert.Single(RuleAssert.Findings(Rule, "param([Contoso.Vault.Entry]$Password)"));
    }
}
