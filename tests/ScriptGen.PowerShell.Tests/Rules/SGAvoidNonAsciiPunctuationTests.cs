using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGAvoidNonAsciiPunctuationTests
{
    private const string Rule = "SGAvoidNonAsciiPunctuation";

    [Fact]
    public void Typographic_dashes_in_parameters_operators_numbers_and_names_are_reported_on_the_character()
    {
        const string script = "Get-Item \u2013Path 'x'\nif ($a \u2014eq 1) { $n = \u20151 }\nGet\u2013ChildItem\nfunction Get\u2013Thing { }\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:10 '\u2013'", "2:8 '\u2014'", "2:22 '\u2015'", "3:4 '\u2013'", "4:13 '\u2013'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "The parameter '\u2013Path' uses U+2013 EN DASH as a dash. PowerShell reads it as '-', but it breaks copying, diffs, search and review: type the ASCII hyphen-minus '-'.",
            findings[0].Message);
        Assert.StartsWith("The operator '\u2014eq' uses U+2014 EM DASH as a dash.", findings[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("The number '\u20151' uses U+2015 HORIZONTAL BAR as a dash.", findings[2].Message, StringComparison.Ordinal);
        Assert.StartsWith("The command name 'Get\u2013ChildItem' uses U+2013 EN DASH", findings[3].Message, StringComparison.Ordinal);
        Assert.StartsWith("The function name 'Get\u2013Thing' uses U+2013 EN DASH", findings[4].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Typographic_quotes_are_reported_where_they_delimit_a_string()
    {
        const string script = "$a = \u2018x\u2019\n$b = \u201Cy $a\u201D\n$c = @\u201C\nz\n\u201D@\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:6 '\u2018'", "1:8 '\u2019'", "2:6 '\u201C'", "2:11 '\u201D'", "3:7 '\u201C'", "5:1 '\u201D'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "U+2018 LEFT SINGLE QUOTATION MARK opens the string \u2018x\u2019. PowerShell reads it as ', but it breaks copying, diffs, search and review: type the ASCII quote '.",
            findings[0].Message);
        Assert.StartsWith("U+201D RIGHT DOUBLE QUOTATION MARK closes the string \u201Cy $a\u201D.", findings[3].Message, StringComparison.Ordinal);
        Assert.StartsWith("U+201C LEFT DOUBLE QUOTATION MARK opens the string @\u201C...", findings[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_inside_a_string_sub_expression_is_checked_too()
    {
        const string script = "\"$(Get-Item \u2013Path x)\"";

        Assert.Equal(["1:13 '\u2013'"], RuleAssert.Describe(RuleAssert.Findings(Rule, script), script));
    }

    [Fact]
    public void Each_finding_offers_the_ascii_character_and_applying_them_gives_ascii_code()
    {
        const string script = "Get-Item \u2013Path \u201Cx\u201D -Filter \u2018*.cer\u2019\n";

        var findings = RuleAssert.Findings(Rule, script);
        var fixedScript = script;
        foreach (var correction in findings.SelectMany(f => f.Corrections).OrderByDescending(c => c.Span.Start))
        {
            fixedScript = fixedScript[..correction.Span.Start] + correction.Replacement + fixedScript[correction.Span.End..];
        }

        Assert.Equal("Get-Item -Path \"x\" -Filter '*.cer'\n", fixedScript);
        Assert.Equal("Replace U+2013 EN DASH with '-'", findings[0].Corrections[0].Description);
        Assert.Empty(RuleAssert.Findings(Rule, fixedScript));
    }

    [Theory]
    [InlineData("Get-Item -Path 'x'")]
    [InlineData("Write-Output \"don\u2019t \u2013 ever\"")]
    [InlineData("Write-Output 'It''s \u201Cquoted\u201D \u2013 fine'")]
    [InlineData("# Step 1 \u2013 \u201Cexport\u201D the certificate\nGet-Date")]
    [InlineData("<# Step 2 \u2014 \u2018keys\u2019 #>\nGet-Date")]
    [InlineData("Write-Output C:\\logs\\a\u2013b.txt")]
    [InlineData("$x = @'\n\u2018text\u2019 \u2013 here\n'@")]
    public void Dashes_and_quotes_in_string_contents_comments_and_arguments_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
