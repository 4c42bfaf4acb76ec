using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGConnectGraphBeforeGraphCmdletsTests
{
    private const string Rule = "SGConnectGraphBeforeGraphCmdlets";

    [Fact]
    public void Graph_calls_before_any_connect_are_reported()
    {
        const string script = "$sp = Get-MgServicePrincipal -Filter \"appId eq '$appId'\"\nInvoke-MgGraphRequest -Method GET -Uri 'v1.0/organization'\nConnect-MgGraph -Scopes 'Application.Read.All'\nGet-MgUser -UserId $upn\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:7 'Get-MgServicePrincipal -Filter \"appId eq '$appId'\"'", "2:1 'Invoke-MgGraphRequest -Method GET -Uri 'v1.0/organization''"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Get-MgServicePrincipal can run before Connect-MgGraph. Without a Graph session it fails; in a shell that is already signed in it silently uses that session's tenant, account and scopes. Connect first, with -TenantId, the -Scopes the script needs and, for a national cloud, -Environment.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Fact]
    public void A_function_called_before_the_script_connects_is_reported_at_its_graph_call()
    {
        const string script = "function Get-Keys {\n    Invoke-MgGraphRequest -Uri 'v1.0/servicePrincipals'\n}\nGet-Keys\nConnect-MgGraph\nGet-Keys\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(2, finding.Start.Line);
        Assert.StartsWith("Invoke-MgGraphRequest can run before Connect-MgGraph (in function Get-Keys, which the script calls before connecting).", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Connect-MgGraph -Scopes 'User.Read'\nGet-MgUser")]
    [InlineData("try {\n    Connect-MgGraph @connection\n    Invoke-MgGraphRequest -Uri 'v1.0/me'\n} finally { Disconnect-MgGraph }")]
    [InlineData("function Get-Keys { Invoke-MgGraphRequest -Uri 'v1.0/servicePrincipals' }\nConnect-MgGraph\nGet-Keys")]
    [InlineData("function Get-Keys { Invoke-MgGraphRequest -Uri 'v1.0/servicePrincipals' }")]
    [InlineData("function Open-Tenant { Connect-MgGraph -TenantId $t }\nOpen-Tenant\nGet-MgUser")]
    [InlineData("function Outer { Inner }\nfunction Inner { Get-MgUser }\nConnect-MgGraph\nOuter")]
    [InlineData("if ($null -eq (Get-MgContext)) { throw 'not connected' }\nGet-MgEnvironment\nDisconnect-MgGraph")]
    [InlineData("function Get-MgThing { 'ours' }\nGet-MgThing")]
    [InlineData("Get-Mailbox -ResultSize 1")]
    public void Graph_calls_after_a_connect_and_calls_that_need_no_session_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void The_connect_commands_can_be_configured()
    {
        const string script = "Connect-ContosoGraph\nGet-MgUser\n";
        var options = new Dictionary<string, object> { ["ConnectCommands"] = new[] { "Connect-ContosoGraph" } };

        Assert.Single(RuleAssert.Findings(Rule, script));
        Assert.Empty(RuleAssert.Findings(Rule, script, options));
        Assert.StartsWith("Get-MgUser can run before Connect-ContosoGraph.", RuleAssert.Findings(Rule, "Get-MgUser\n", options).Single().Message, StringComparison.Ordinal);
    }
}
