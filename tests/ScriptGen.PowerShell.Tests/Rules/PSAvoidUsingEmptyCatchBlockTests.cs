using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingEmptyCatchBlockTests
{
    private const string Rule = "PSAvoidUsingEmptyCatchBlock";

    [Fact]
    public void Empty_catch_blocks_are_reported_on_the_whole_clause()
    {
        const string script = "try { 1/0 }\ncatch [DivideByZeroException] { }\ncatch [System.Net.WebException], [System.Exception] {\n    # ignored on purpose\n}\nfinally { 'done' }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["2:1 'catch [DivideByZeroException] { }'", "3:1 'catch [System.Net.WebException], [System.Exception] {\n    # ignored on purpose\n}'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "This catch block is empty, so the error is swallowed and the script carries on as if the step had worked. Handle the error, report it with Write-Error or Write-Warning, or rethrow it with throw.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("try { 1/0 } catch { Write-Warning $_ }")]
    [InlineData("try { 1/0 } catch [DivideByZeroException] { throw }")]
    [InlineData("try { 1/0 } finally { }")]
    public void Catch_blocks_with_statements_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
