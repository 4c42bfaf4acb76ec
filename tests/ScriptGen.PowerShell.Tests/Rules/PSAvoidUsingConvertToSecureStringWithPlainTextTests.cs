using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingConvertToSecureStringWithPlainTextTests
{
    private const string Rule = "PSAvoidUsingConvertToSecureStringWithPlainText";

    [Fact]
    public void Plain_text_conversions_are_reported_on_the_whole_command_as_errors()
    {
        const string script = "$a = convertto-securestring 'x' -asplaintext -force\nNew-Object PSCredential -ArgumentList 'u', (ConvertTo-SecureString 'y' -AsPlain -Force)\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:6 'convertto-securestring 'x' -asplaintext -force'", "2:45 'ConvertTo-SecureString 'y' -AsPlain -Force'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "ConvertTo-SecureString -AsPlainText makes a SecureString from a secret that is already in plain text (in the script, its history or its input). Read it with Read-Host -AsSecureString or Get-Credential, or load an encrypted standard string or a secret vault entry.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
        Assert.Equal("convertto-securestring", findings[0].RuleSuppressionId);
    }

    [Theory]
    [InlineData("$secure = Read-Host -AsSecureString\n$encrypted = ConvertFrom-SecureString -SecureString $secure\nConvertTo-SecureString -String $encrypted")]
    [InlineData("ConvertTo-Json -AsArray 'x'")]
    [InlineData("'ConvertTo-SecureString x -AsPlainText'")]
    public void Other_conversions_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
