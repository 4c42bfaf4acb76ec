using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class StringTests
{
    [Fact]
    public void SingleQuotedStringsAreConstants()
    {
        var text = ParseAssert.Single<StringConstantExpressionNode>("'it''s $not expanded'");

        Assert.Equal("it's $not expanded", text.Value);
        Assert.Equal(StringConstantType.SingleQuoted, text.StringConstantType);
    }

    [Fact]
    public void DoubleQuotedStringsWithoutVariablesAreConstants()
    {
        var text = ParseAssert.Single<StringConstantExpressionNode>("\"tab`there \"\"quoted\"\" `$x\"");

        Assert.Equal("tab\there \"quoted\" $x", text.Value);
        Assert.Equal(StringConstantType.DoubleQuoted, text.StringConstantType);
    }

    [Fact]
    public void ExpandableStringsKeepTheirNestedExpressions()
    {
        var text = ParseAssert.Single<ExpandableStringExpressionNode>("\"Hello $name, you have $($items.Count) items in ${env:TEMP}\"");

        Assert.Equal(["$name", "$($items.Count)", "${env:TEMP}"], text.NestedExpressions.Select(static e => e.Text));
        Assert.IsType<SubExpressionNode>(text.NestedExpressions[1]);
        Assert.Same(text, text.NestedExpressions[0].Parent);
        Assert.Equal(StringConstantType.DoubleQuoted, text.StringConstantType);
    }

    [Fact]
    public void NestedExpressionsHaveTheirOwnPositions()
    {
        var text = ParseAssert.Single<ExpandableStringExpressionNode>("$a = 1\n\"x $(\n  $a + 1\n) y\"");
        var sub = Assert.IsType<SubExpressionNode>(Assert.Single(text.NestedExpressions));

        Assert.Equal(2, sub.Start.Line);
        Assert.Equal(4, sub.Start.Column);
        Assert.Equal("$a + 1", sub.SubExpression.Statements.Single().Text);
    }

    [Fact]
    public void StringsInsideSubExpressionsNest()
    {
        var outer = ParseAssert.First<ExpandableStringExpressionNode>("\"a $(\"b $(\"c $x\")\")\"");

        var inner = outer.Descendants().OfType<ExpandableStringExpressionNode>().ToList();
        Assert.Equal(2, inner.Count);
        Assert.Equal("$x", inner[^1].NestedExpressions.Single().Text);
    }

    [Fact]
    public void MemberAccessInAStringNeedsASubExpression()
    {
        var text = ParseAssert.Single<ExpandableStringExpressionNode>("\"$user.Name\"");

        Assert.IsType<VariableExpressionNode>(Assert.Single(text.NestedExpressions));
    }

    [Fact]
    public void HereStrings()
    {
        var literal = ParseAssert.Single<StringConstantExpressionNode>("@'\nline 1\n'line 2'\n'@");
        Assert.Equal("line 1\n'line 2'", literal.Value);
        Assert.Equal(StringConstantType.SingleQuotedHereString, literal.StringConstantType);

        var expandable = ParseAssert.Single<ExpandableStringExpressionNode>("@\"\r\nHi $name\r\n\"@");
        Assert.Equal(StringConstantType.DoubleQuotedHereString, expandable.StringConstantType);
        Assert.Equal("$name", expandable.NestedExpressions.Single().Text);
    }

    [Fact]
    public void AHereStringFooterMustStartTheLine()
    {
        var literal = ParseAssert.Single<StringConstantExpressionNode>("@'\nnot the end '@\n'@");

        Assert.Equal("not the end '@", literal.Value);
    }

    [Fact]
    public void SmartQuotesAreQuotes()
    {
        Assert.Equal("curly", ParseAssert.Single<StringConstantExpressionNode>("\u2018curly\u2019").Value);
        Assert.Single(ParseAssert.Single<ExpandableStringExpressionNode>("\u201Chi $x\u201D").NestedExpressions);
    }

    [Fact]
    public void EscapesInDoubleQuotedStrings()
    {
        Assert.Equal("\u001b[0m\u00e9\r\n\0\a", ParseAssert.Single<StringConstantExpressionNode>("\"`e[0m`u{e9}`r`n`0`a\"").Value);
    }
}
