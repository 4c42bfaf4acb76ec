using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidGlobalVarsTests
{
    private const string Rule = "PSAvoidGlobalVars";

    [Fact]
    public void Global_variables_are_reported_on_each_use()
    {
        const string script = "$Global:1 = 'value'\nfunction Get-It { \"count: $global:counter\" }\n$x = $GLOBAL:Settings.Path\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 '$Global:1'", "2:27 '$global:counter'", "3:6 '$GLOBAL:Settings'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "'Global:1' is a global variable: it outlives the script and any code in the session can read or change it. Pass the value as a parameter or return it, or use $script: scope.",
            findings[0].Message);
        Assert.Equal(["Global:1", "global:counter", "GLOBAL:Settings"], findings.Select(f => f.RuleSuppressionId));
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("if ($global:LASTEXITCODE -ne 0) { exit }")]
    [InlineData("$Global:DebugPreference = 'Continue'\n$global:ErrorActionPreference = 'Stop'\n$global:PSSessionOption = $null")]
    [InlineData("$script:x = 1\n$local:y = 2\n$z = $env:Path")]
    [InlineData("'$global:x'")]
    public void Built_in_and_preference_variables_and_other_scopes_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
