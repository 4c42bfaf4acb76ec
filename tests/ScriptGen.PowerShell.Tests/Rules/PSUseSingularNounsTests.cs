using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSUseSingularNounsTests
{
    private const string Rule = "PSUseSingularNouns";

    [Fact]
    public void Plural_nouns_are_reported_on_the_function_name_with_a_singular_correction()
    {
        const string script = "function Verb-Files { }\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal(["1:10 'Verb-Files'"], RuleAssert.Describe([finding], script));
        Assert.Equal(
            "'Verb-Files' uses the plural noun 'Files'. PowerShell command nouns are singular, even for commands that handle many objects: name it 'Verb-File'.",
            finding.Message);
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("Verb-Files", finding.RuleSuppressionId);
        var correction = Assert.Single(finding.Corrections);
        Assert.Equal("Verb-File", correction.Replacement);
        Assert.Equal("Singularized correction of 'Verb-Files'", correction.Description);
        Assert.Equal(finding.Span, correction.Span);
    }

    [Theory]
    [InlineData("function Get-Bananas { 'bananas' }", 10, 21, "Get-Banana")]
    [InlineData("function ConvertTo-StartingCriteria { 'criteria' }", 10, 36, "ConvertTo-StartingCriterion")]
    [InlineData("function Set-MailboxPolicies { }", 10, 29, "Set-MailboxPolicy")]
    [InlineData("function Get-ChildNodes { }", 10, 24, "Get-ChildNode")]
    [InlineData("function Register-SqlVMs { }", 10, 25, "Register-SqlVM")]
    public void Corrections_singularize_the_last_word(string script, int startColumn, int endColumn, string corrected)
    {
        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal((1, startColumn, 1, endColumn), (finding.Start.Line, finding.Start.Column, finding.End.Line, finding.End.Column));
        Assert.Equal(corrected, finding.Corrections[0].Replacement);
    }

    [Theory]
    [InlineData("function Invoke-Data { }\nfunction Test-Windows { }\nfunction Add-SomeData { }")]
    [InlineData("function Get-Banana { }\nfunction get-bananas { }\nfunction bananas { }")]
    [InlineData("function Get-Status { }\nfunction Get-Process { }\nfunction Get-Address { }\nfunction Get-Alias { }\nfunction Get-Analysis { }")]
    [InlineData("function Get-News { }\nfunction Get-Series { }\nfunction Get-DNS { }\nfunction Get-Files2 { }")]
    public void Singular_uncountable_and_allowed_nouns_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }

    [Fact]
    public void The_allow_list_replaces_the_default_one()
    {
        var options = new Dictionary<string, object> { ["NounAllowList"] = new[] { "bananas" } };

        Assert.Empty(RuleAssert.Findings(Rule, "function Get-Bananas { }", options));
        Assert.Single(RuleAssert.Findings(Rule, "function Get-Data { }", options));
    }

    [Fact]
    public void A_suppression_names_the_function()
    {
        const string script = "function Get-Elements {\n    [System.Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSUseSingularNouns', 'Get-Elements')]\n    param()\n}\n";

        var result = RuleAssert.Analyze(Rule, script);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("PSUseSingularNouns", Assert.Single(result.Suppressed).Diagnostic.RuleName);
    }

    [Theory]
    [InlineData("Files", "File")]
    [InlineData("Policies", "Policy")]
    [InlineData("Boxes", "Box")]
    [InlineData("Statuses", "Status")]
    [InlineData("Knives", "Knife")]
    [InlineData("Wolves", "Wolf")]
    [InlineData("Children", "Child")]
    [InlineData("People", "Person")]
    [InlineData("Indices", "Index")]
    [InlineData("Matrices", "Matrix")]
    [InlineData("Analyses", "Analysis")]
    [InlineData("Data", "Datum")]
    [InlineData("Mice", "Mouse")]
    [InlineData("Feet", "Foot")]
    [InlineData("Movies", "Movie")]
    [InlineData("Heroes", "Hero")]
    [InlineData("SETTINGS", "SETTING")]
    public void The_singularizer_knows_regular_and_irregular_english_plurals(string plural, string singular)
    {
        Assert.True(EnglishNouns.IsPluralOnly(plural));
        Assert.Equal(singular, EnglishNouns.Singularize(plural));
        Assert.Equal(plural.ToLowerInvariant(), EnglishNouns.Pluralize(singular).ToLowerInvariant());
    }

    [Theory]
    [InlineData("Status")]
    [InlineData("Process")]
    [InlineData("Alias")]
    [InlineData("Series")]
    [InlineData("Slice")]
    [InlineData("Service")]
    [InlineData("File")]
    [InlineData("Information")]
    public void Singular_and_uncountable_nouns_are_not_plural_only(string noun)
    {
        Assert.False(EnglishNouns.IsPluralOnly(noun));
    }
}
