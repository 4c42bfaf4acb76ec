using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class CollectionTests
{
    [Fact]
    public void HashtablesHoldKeyValuePairs()
    {
        var table = ParseAssert.Single<HashtableNode>("@{ Name = 'x'; 'Quoted Key' = 1\n  5 = $true\n  ($k) = Get-Date }");

        Assert.Equal(["Name", "'Quoted Key'", "5", "($k)"], table.KeyValuePairs.Select(static p => p.Key.Text));
        Assert.Equal(["'x'", "1", "$true", "Get-Date"], table.KeyValuePairs.Select(static p => p.Value.Text));
        Assert.IsType<StringConstantExpressionNode>(table.KeyValuePairs[0].Key);
        Assert.IsType<ConstantExpressionNode>(table.KeyValuePairs[2].Key);
        Assert.IsType<PipelineNode>(table.KeyValuePairs[3].Value);
    }

    [Fact]
    public void HashtableValuesMayBeStatements()
    {
        var table = ParseAssert.Single<HashtableNode>("@{ A = if ($x) { 1 } else { 2 }; B = foreach ($i in 1..2) { $i } }");

        Assert.IsType<IfStatementNode>(table.KeyValuePairs[0].Value);
        Assert.IsType<ForEachStatementNode>(table.KeyValuePairs[1].Value);
    }

    [Fact]
    public void HashtablesNestAndMaySpanLines()
    {
        var outer = ParseAssert.First<HashtableNode>("@{\n  Outer = @{\n    Inner = 1\n  }\n}");

        var inner = Assert.IsType<HashtableNode>(Assert.IsType<PipelineNode>(outer.KeyValuePairs[0].Value).GetPureExpression());
        Assert.Equal(3, inner.KeyValuePairs[0].Start.Line);
    }

    [Fact]
    public void AnEmptyHashtable()
    {
        Assert.Empty(ParseAssert.Single<HashtableNode>("@{}").KeyValuePairs);
    }

    [Fact]
    public void OrderedHashtablesAreCasts()
    {
        var convert = ParseAssert.Single<ConvertExpressionNode>("[ordered]@{ b = 1; a = 2 }");

        Assert.Equal("ordered", convert.Type.TypeName.FullName);
        Assert.IsType<HashtableNode>(convert.Child);
    }

    [Fact]
    public void ArraySubExpressionsHoldStatements()
    {
        var array = ParseAssert.Single<ArrayExpressionNode>("@(\n  Get-Item a\n  Get-Item b\n)");

        Assert.Equal(2, array.SubExpression.Statements.Count);
        Assert.Empty(ParseAssert.Single<ArrayExpressionNode>("@()").SubExpression.Statements);
    }

    [Fact]
    public void SubExpressionsHoldStatements()
    {
        var sub = ParseAssert.Single<SubExpressionNode>("$(if ($a) { 1 }; 2)");

        Assert.Equal(2, sub.SubExpression.Statements.Count);
    }

    [Fact]
    public void ArrayLiteralsListTheirElements()
    {
        var array = ParseAssert.Single<ArrayLiteralNode>("$x = 1, 'two', $three, (4)");

        Assert.Equal(4, array.Elements.Count);
        Assert.Equal(3, array.Commas.Count);
    }

    [Fact]
    public void ACommaAtTheEndOfALineContinuesTheArray()
    {
        var array = ParseAssert.Single<ArrayLiteralNode>("$x = 'a',\n  'b',\n  'c'");

        Assert.Equal(3, array.Elements.Count);
    }

    [Fact]
    public void ParenthesesHoldAPipeline()
    {
        var paren = ParseAssert.Single<ParenExpressionNode>("(Get-ChildItem | Measure-Object).Count");

        Assert.Equal(2, Assert.IsType<PipelineNode>(paren.Pipeline).PipelineElements.Count);
    }

    [Fact]
    public void ScriptBlockLiterals()
    {
        var block = ParseAssert.First<ScriptBlockExpressionNode>("$sb = { param($x) $x * 2 }");

        Assert.NotNull(block.ScriptBlock.ParamBlock);
        Assert.Equal("{ param($x) $x * 2 }", block.ScriptBlock.Text);
    }
}
