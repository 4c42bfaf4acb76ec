using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Tests.Rules;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class SuppressionTests
{
    private const string Rule = "PSAvoidUsingWriteHost";

    [Fact]
    public void An_attribute_on_the_script_param_block_covers_the_whole_script_and_records_its_justification()
    {
        const string script = "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Justification = 'console tool')]\nparam()\nWrite-Host 'a'\nfunction Get-A { Write-Host 'b' }\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Suppressed.Count);
        Assert.All(result.Suppressed, s => Assert.Equal(("console tool", SuppressionSource.Attribute), (s.Justification, s.Source)));
    }

    [Fact]
    public void An_attribute_on_a_function_param_block_covers_that_function_only()
    {
        const string script = "function Get-A {\n    [System.Diagnostics.CodeAnalysis.SuppressMessage('psavoidusingwritehost', '')]\n    param()\n    Write-Host 'a'\n}\nWrite-Host 'b'\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Equal(6, Assert.Single(result.Diagnostics).Start.Line);
        Assert.Equal(4, Assert.Single(result.Suppressed).Diagnostic.Start.Line);
    }

    [Fact]
    public void Scope_function_with_a_target_glob_covers_the_matching_functions_inside()
    {
        const string script = "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '', Scope = 'Function', Target = 'Get-*')]\nparam()\nfunction Get-A { Write-Host 'a' }\nfunction Set-A { Write-Host 'b' }\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Equal(4, Assert.Single(result.Diagnostics).Start.Line);
        Assert.Equal(3, Assert.Single(result.Suppressed).Diagnostic.Start.Line);
    }

    [Fact]
    public void A_suppression_id_limits_the_suppression_to_findings_with_that_id()
    {
        const string script = "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', 'Something')]\nparam()\nWrite-Host 'a'\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Single(result.Diagnostics);
        Assert.Empty(result.Suppressed);
    }

    [Theory]
    [InlineData("Write-Host 'a' # scriptgen: suppress PSAvoidUsingWriteHost -- prompt\nWrite-Host 'b'\n", 2)]
    [InlineData("# scriptgen: suppress PSAvoidUsingWriteHost -- prompt\n\nWrite-Host 'a'\nWrite-Host 'b'\n", 4)]
    [InlineData("Write-Host 'a'\n# SCRIPTGEN: Suppress psavoidusingwritehost -- prompt\nWrite-Host 'b'\n", 1)]
    public void A_comment_suppression_covers_its_own_line_or_the_next_line_of_code(string script, int remainingLine)
    {
        var result = RuleAssert.Analyze(Rule, script);

        Assert.Equal(remainingLine, Assert.Single(result.Diagnostics).Start.Line);
        var suppressed = Assert.Single(result.Suppressed);
        Assert.Equal(("prompt", SuppressionSource.Comment), (suppressed.Justification, suppressed.Source));
    }

    [Fact]
    public void A_file_comment_suppression_covers_every_finding_of_its_rule()
    {
        const string script = "Write-Host 'a'\nfunction Get-A { Write-Host 'b' }\n# scriptgen: suppress-file PSAvoidUsingWriteHost -- interactive console tool\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Suppressed.Count);
    }

    [Fact]
    public void A_suppression_of_another_rule_leaves_the_finding_alone()
    {
        const string script = "Write-Host 'a' # scriptgen: suppress PSAvoidUsingAlias -- typo\n";

        Assert.Single(RuleAssert.Analyze(Rule, script).Diagnostics);
    }

    [Fact]
    public void Parse_errors_are_never_suppressed()
    {
        const string script = "# scriptgen: suppress-file MissingEndCurlyBrace -- no\nif ($a) {\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Equal("MissingEndCurlyBrace", Assert.Single(result.Diagnostics).RuleName);
    }
}
