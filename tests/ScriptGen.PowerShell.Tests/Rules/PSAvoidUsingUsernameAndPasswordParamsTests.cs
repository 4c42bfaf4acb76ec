using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingUsernameAndPasswordParamsTests
{
    private const string Rule = "PSAvoidUsingUsernameAndPasswordParams";

    [Fact]
    public void A_function_with_a_user_name_and_a_plain_password_is_reported_from_the_first_to_the_second()
    {
        const string script = "function TestFunction1($password, $username, [PSCredential[]]$passwords){\n}\nfunction Connect-Tenant {\n    param(\n        [string] $UserPrincipalName,\n        [string] $AdminPassphrase\n    )\n}\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:24 '$password, $username'", "5:9 '[string] $UserPrincipalName,\n        [string] $AdminPassphrase'"],
            RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Error, f.Severity);
            Assert.Null(f.RuleSuppressionId);
        });
        Assert.Equal(
            "The function 'TestFunction1' takes a user name ($username) and a plain-text password ($password), which callers must then keep in clear text. Replace both with one [PSCredential] $Credential parameter, or at least type the password [SecureString].",
            findings[0].Message);
    }

    [Fact]
    public void Parameters_of_nested_script_blocks_count_for_the_enclosing_function()
    {
        const string script = "function Outer {\n    param($User)\n    $action = { param($Password) }\n}\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal("2:11 '$User)\n    $action = { param($Password'", RuleAssert.Describe([finding], script)[0]);
    }

    [Fact]
    public void One_parameter_can_be_both()
    {
        const string script = "function Set-It([string] $UserPassword) { }";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal("1:17 '[string] $UserPassword'", RuleAssert.Describe([finding], script)[0]);
    }

    [Theory]
    [InlineData("function F($username, $param2) { }")]
    [InlineData("function F($param1, $passwords) { }")]
    [InlineData("function F([string] $Username, [SecureString] $Password) { }")]
    [InlineData("function F([string] $Username, [System.Security.SecureString] $Password) { }")]
    [InlineData("function F([string] $Username, [securestring[]] $Password) { }")]
    [InlineData("function F([pscredential] [System.Management.Automation.CredentialAttribute()] $UserName, [pscredential] [System.Management.Automation.Credential()] $Password) { }")]
    [InlineData("function F([string] $Username, [switch] $HidePassword) { }")]
    [InlineData("function F([string] $Username, [bool] $HidePassword) { }")]
    [InlineData("function F([string] $Username, [System.Boolean] $SavePassword) { }")]
    [InlineData("function F([string] $Username, [Management.Automation.PSCredential] $Password) { }")]
    [InlineData("param($Username, $Password)")]
    [InlineData("function F { param($Username) }\nfunction G { param($Password) }")]
    public void Safe_types_and_functions_without_both_parameters_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
