using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingCmdletAliasesTests
{
    private const string Rule = "PSAvoidUsingCmdletAliases";

    [Fact]
    public void Aliases_are_reported_on_the_alias_alone_with_a_correction_to_the_full_name()
    {
        const string script = "iex 'Get-Date'\ncls\ngci -Path C:\\ | ? { $_.Length -gt 1 } | % { $_.Name }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 'iex'", "2:1 'cls'", "3:1 'gci'", "3:17 '?'", "3:41 '%'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "'cls' is an alias of 'Clear-Host'. Aliases depend on the session and readers must know them: call 'Clear-Host' by its full name.",
            findings[1].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
        Assert.Equal(["iex", "cls", "gci", "?", "%"], findings.Select(f => f.RuleSuppressionId));

        var correction = Assert.Single(findings[0].Corrections);
        Assert.Equal("Invoke-Expression", correction.Replacement);
        Assert.Equal("Replace iex with Invoke-Expression", correction.Description);
        Assert.Equal(findings[0].Span, correction.Span);
        Assert.Equal("Where-Object", findings[3].Corrections[0].Replacement);
    }

    [Theory]
    [InlineData("gcm Get-Date", "Get-Command")]
    [InlineData("icm -ScriptBlock { 1 }", "Invoke-Command")]
    [InlineData("md C:\\Temp", "mkdir")]
    [InlineData("man Get-Date", "help")]
    [InlineData("curl https://contoso.com", "Invoke-WebRequest")]
    [InlineData("ls", "Get-ChildItem")]
    [InlineData("& 'gci'", "Get-ChildItem")]
    public void Built_in_aliases_missing_from_the_reference_pages_are_known(string script, string target)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(target, finding.Corrections[0].Replacement);
    }

    [Fact]
    public void A_command_found_only_through_the_implicit_get_prefix_is_reported()
    {
        const string script = "verb\nservice -Name Spooler\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 'verb'", "2:1 'service'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "'service' runs 'Get-Service' only because PowerShell tries the 'Get-' prefix for a command it cannot find. Call 'Get-Service' by its full name.",
            findings[1].Message);
        Assert.Equal("Get-Verb", findings[0].Corrections[0].Replacement);
        Assert.Equal("Replace service with Get-Service", findings[1].Corrections[0].Description);
    }

    [Fact]
    public void A_process_command_before_other_statements_is_a_parse_error_that_cannot_be_suppressed()
    {
        const string script = "function Get-Thing {\n    [Diagnostics.CodeAnalysis.SuppressMessageAttribute('InvalidSyntaxAroundProcessBlock', '')]\n    param()\n    Write-Output 'setup'\n    process { }\n}\n";

        var result = RuleAssert.Analyze(Rule, script);

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal("InvalidSyntaxAroundProcessBlock", finding.RuleName);
        Assert.Equal(DiagnosticSeverity.ParseError, finding.Severity);
        Assert.Equal("process", script.Substring(finding.Span.Start, finding.Span.Length));
        Assert.StartsWith("This 'process' is a call to Get-Process, not a process block", finding.Message, StringComparison.Ordinal);
        Assert.Empty(result.Suppressed);
    }

    [Theory]
    [InlineData("Get-ChildItem -Path C:\\ | Where-Object { $_ } | ForEach-Object { $_ }")]
    [InlineData("function service { 'mine' }\nservice")]
    [InlineData("service\nfunction service { 'defined below its call' }")]
    [InlineData("help Get-Date\nmkdir C:\\Temp\nprompt")]
    [InlineData("az group list\nrobocopy a b")]
    [InlineData("function Get-Thing { param($x) begin { } process { } end { } }")]
    [InlineData("Configuration C { Node 'n' { SomeResource R { Type = 'Present' } } }")]
    [InlineData("SqlScriptQuery 'Q' {\n    Type = 'Present'\n    Credential = New-Object -TypeName PSCredential\n}")]
    [InlineData("$gci = 'gci'\n\"gci\"\n$x.gci()")]
    public void Full_names_functions_of_the_script_unknown_commands_and_dsc_properties_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Analyze(Rule, script).Diagnostics);
    }

    [Fact]
    public void The_allowlist_and_its_legacy_name_let_aliases_through_ignoring_case()
    {
        const string script = "gci; cd; CD; ls";

        Assert.Equal(["gci", "ls"], RuleAssert.Findings(Rule, script, new Dictionary<string, object> { ["allowlist"] = new[] { "cd" } }).Select(f => f.RuleSuppressionId));
        Assert.Equal(["gci", "cd", "CD"], RuleAssert.Findings(Rule, script, new Dictionary<string, object> { ["whitelist"] = new[] { "LS" } }).Select(f => f.RuleSuppressionId));
    }
}
