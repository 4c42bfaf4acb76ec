using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingInvokeExpressionTests
{
    private const string Rule = "PSAvoidUsingInvokeExpression";

    [Fact]
    public void Invoke_expression_and_its_alias_are_reported_on_the_whole_command()
    {
        const string script = "Invoke-Expression \"Get-$noun\"\n$x = iex $code\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 'Invoke-Expression \"Get-$noun\"'", "2:6 'iex $code'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Invoke-Expression runs a string as code, so whatever reaches the string runs too and no analysis sees that code. Call the command directly, with splatting (@parameters) for computed arguments, or use a script block.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("Invoke-Command -ScriptBlock { Get-Date }")]
    [InlineData("& $command @parameters")]
    [InlineData("'Invoke-Expression'")]
    public void Other_commands_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
