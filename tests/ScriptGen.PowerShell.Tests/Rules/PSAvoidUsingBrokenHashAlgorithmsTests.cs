using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingBrokenHashAlgorithmsTests
{
    private const string Rule = "PSAvoidUsingBrokenHashAlgorithms";

    [Fact]
    public void Md5_and_sha1_are_reported_for_any_command()
    {
        const string script = "Get-FileHash foo -Algorithm MD5\nFake-Cmdlet -Algorithm:'sha1' foo\nGet-FileHash foo -algorithm \"Sha1\" > out.txt\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:1 'Get-FileHash foo -Algorithm MD5'", "2:1 'Fake-Cmdlet -Algorithm:'sha1' foo'", "3:1 'Get-FileHash foo -algorithm \"Sha1\" > out.txt'"],
            RuleAssert.Describe(findings, script));
        Assert.All(findings, f =>
        {
            Assert.Equal(Rule, f.RuleName);
            Assert.Equal(DiagnosticSeverity.Warning, f.Severity);
        });
        Assert.Equal(
            "'Get-FileHash' uses the broken hash algorithm MD5, for which collisions can be made: a matching hash no longer proves the content. Use SHA256 or stronger.",
            findings[0].Message);
        Assert.StartsWith("'Fake-Cmdlet' uses the broken hash algorithm sha1,", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(["Get-FileHash", "Fake-Cmdlet", "Get-FileHash"], findings.Select(f => f.RuleSuppressionId));
    }

    [Theory]
    [InlineData("Get-FileHash foo")]
    [InlineData("Get-FileHash foo -Algorithm SHA256")]
    [InlineData("Get-FileHash foo -Algorithm SHA384")]
    [InlineData("Get-FileHash foo -Algorithm SHA512")]
    [InlineData("Get-FileHash foo -Algorithm $algorithm")]
    [InlineData("Get-FileHash foo -Algorithm")]
    [InlineData("Get-FileHash foo -Alg MD5")]
    [InlineData("Get-FileHash MD5")]
    [InlineData("[System.Security.Cryptography.MD5]::Create()")]
    public void Strong_algorithms_and_non_constant_values_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
