using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGAvoidCountOnScalarTests
{
    private const string Rule = "SGAvoidCountOnScalar";

    [Fact]
    public void Count_and_length_of_bare_command_output_under_strict_mode_are_reported_with_a_fix()
    {
        const string script = "Set-StrictMode -Version 2.0\n$servers = Get-ExchangeServer | Where-Object { $_.IsMailboxServer }\nif ($servers.Count -eq 0) { }\n(Get-AuthServer).Length\n$(Get-Mailbox -ResultSize 1).Count\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["3:5 '$servers.Count'", "4:1 '(Get-AuthServer).Length'", "5:1 '$(Get-Mailbox -ResultSize 1).Count'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "$servers.Count: $servers holds the output of Where-Object (line 2), which is a single object, not an array, when one item comes back. Under Set-StrictMode -Version 2 or later Windows PowerShell 5.1 then throws \"The property 'Count' cannot be found on this object\" (PowerShell 7 can too, PowerShell/PowerShell#16427). Count an array: @($servers).Count.",
            findings[0].Message);
        Assert.StartsWith("(Get-AuthServer).Length: the output of Get-AuthServer is a single object, not an array, when one item comes back.", findings[1].Message, StringComparison.Ordinal);
        Assert.Equal(["@($servers)", "@(Get-AuthServer)", "@(Get-Mailbox -ResultSize 1)"], findings.Select(f => f.Corrections.Single().Replacement));
        Assert.Equal("$servers", script.Substring(findings[0].Corrections[0].Span.Start, findings[0].Corrections[0].Span.Length));
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("Set-StrictMode -Version Latest")]
    [InlineData("Set-StrictMode -Version 3")]
    [InlineData("Set-StrictMode -v '2'")]
    public void Every_strict_mode_from_version_2_counts(string strict)
    {
        Assert.Single(RuleAssert.Findings(Rule, strict + "\n$c = Get-ExchangeCertificate\n$c.Count\n"));
    }

    [Theory]
    [InlineData("$c = Get-ExchangeCertificate\n$c.Count")]
    [InlineData("Set-StrictMode -Version 1\n$c = Get-ExchangeCertificate\n$c.Count")]
    [InlineData("Set-StrictMode -Off\n$c = Get-ExchangeCertificate\n$c.Count")]
    [InlineData("function f { Set-StrictMode -Version 2 }\n$c = Get-ExchangeCertificate\n$c.Count")]
    public void Without_strict_mode_version_2_nothing_is_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void Strict_mode_set_for_the_script_covers_its_functions()
    {
        const string script = "function Get-Certificates {\n    $all = Get-ChildItem -Path Cert:\\LocalMachine\\My\n    return $all.Count\n}\nSet-StrictMode -Version 2\n";

        Assert.Equal(["3:12 '$all.Count'"], RuleAssert.Describe(RuleAssert.Findings(Rule, script), script));
    }

    [Theory]
    [InlineData("@(Get-AuthServer).Count")]
    [InlineData("$s = @(Get-AuthServer)\n$s.Count")]
    [InlineData("$s = Get-AuthServer\n$s = @($s)\n$s.Count")]
    [InlineData("[array]$s = Get-AuthServer\n$s.Count")]
    [InlineData("(Get-Mailbox | Measure-Object).Count")]
    [InlineData("$m = Get-Mailbox | Measure-Object\n$m.Count")]
    [InlineData("$text = Get-Content -Path $f -Raw\n$text.Length")]
    [InlineData("(Get-Item -LiteralPath $f).Length")]
    [InlineData("$json = ConvertTo-Json -InputObject $x\n$json.Length")]
    [InlineData("$list = New-Object System.Collections.ArrayList\n$list.Count")]
    [InlineData("$r = Invoke-MgGraphRequest -Uri 'v1.0/users'\n$r.Count\n$r.value.Count")]
    [InlineData("$x = 1, 2\n$x.Count")]
    [InlineData("$x = Get-Mailbox\nforeach ($x in $all) { $x.Length }")]
    [InlineData("$x = Get-Mailbox\nfunction f { $x.Count }")]
    [InlineData("$x = Get-Mailbox\n$x.Count()")]
    [InlineData("$x.Count")]
    public void Arrays_own_counts_strings_and_unknown_values_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, "Set-StrictMode -Version 2\n" + script + "\n"));
    }

    [Fact]
    public void Commands_can_be_declared_as_returning_a_collection()
    {
        const string script = "Set-StrictMode -Version 2\n$all = Get-ContosoList\n$all.Count\n";

        Assert.Single(RuleAssert.Findings(Rule, script));
        Assert.Empty(RuleAssert.Findings(Rule, script, new Dictionary<string, object> { ["IgnoreCommands"] = new[] { "get-contosolist" } }));
    }
}
