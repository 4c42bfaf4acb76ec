using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSUseApprovedVerbsTests
{
    private const string Rule = "PSUseApprovedVerbs";

    [Fact]
    public void Unapproved_verbs_are_reported_on_the_function_name()
    {
        const string script = "function Verb-Files { }\nfunction global:Make-Widget { }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:10 'Verb-Files'", "2:10 'global:Make-Widget'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "'Verb-Files' uses the verb 'Verb', which is not an approved verb. Use a verb that Get-Verb lists (Get, Set, New, Remove, Invoke...) so users can find and predict the command.",
            findings[0].Message);
        Assert.StartsWith("'Make-Widget' uses the verb 'Make'", findings[1].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("function Get-Widget { }\nfunction convertto-Widget { }\nfunction script:Use-Widget { }")]
    [InlineData("function Helper { }\nfilter Select-Old { }")]
    public void Approved_verbs_and_names_without_a_dash_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void The_verb_list_is_get_verbs_list_in_powershell_7()
    {
        Assert.Equal(100, ApprovedVerbs.All.Count());
        Assert.Equal("Lifecycle", ApprovedVerbs.GroupOf("invoke"));
        Assert.Equal("Data", ApprovedVerbs.GroupOf("ConvertTo"));
        Assert.Equal("Other", ApprovedVerbs.GroupOf("Use"));
        Assert.Null(ApprovedVerbs.GroupOf("Make"));
        Assert.Equal(
            new Dictionary<string, int> { ["Common"] = 34, ["Communications"] = 6, ["Data"] = 24, ["Diagnostic"] = 7, ["Lifecycle"] = 22, ["Security"] = 6, ["Other"] = 1 },
            ApprovedVerbs.All.GroupBy(v => ApprovedVerbs.GroupOf(v)!).ToDictionary(g => g.Key, g => g.Count()));
    }
}
