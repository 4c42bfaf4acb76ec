using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class ScriptBlockTests
{
    [Fact]
    public void AScriptWithoutNamedBlocksHasOneUnnamedEndBlock()
    {
        var root = ParseAssert.Valid("Get-Date\n'x'").Root;

        var block = Assert.Single(root.Blocks);
        Assert.True(block.IsUnnamed);
        Assert.Equal(TokenKind.End, block.BlockKind);
        Assert.Same(block, root.EndBlock);
        Assert.Equal(2, block.Statements.Count);
    }

    [Fact]
    public void NamedBlocksAreFoundByKind()
    {
        var root = ParseAssert.Valid("dynamicparam { } begin { 1 } process { 2 } end { 3 } clean { 4 }").Root;

        Assert.Equal(5, root.Blocks.Count);
        Assert.Equal("{ 1 }", root.BeginBlock!.Body.Text);
        Assert.Equal("{ 2 }", root.ProcessBlock!.Body.Text);
        Assert.Equal("{ 3 }", root.EndBlock!.Body.Text);
        Assert.Equal("{ 4 }", root.CleanBlock!.Body.Text);
        Assert.NotNull(root.DynamicParamBlock);
        Assert.All(root.Blocks, static b => Assert.False(b.IsUnnamed));
    }

    [Fact]
    public void ProcessFollowedByOtherStatementsIsACommandNotABlock()
    {
        var command = ParseAssert.First<CommandNode>("'x'\nprocess { $_ }");

        Assert.Equal("process", command.GetCommandName());
    }

    [Fact]
    public void TheParamBlockCarriesTheScriptsAttributes()
    {
        var root = ParseAssert.Valid("[CmdletBinding()]\n[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]\nparam()\n'body'").Root;

        Assert.Equal(["CmdletBinding", "Diagnostics.CodeAnalysis.SuppressMessageAttribute"], root.Attributes.Select(static a => a.TypeName.FullName));
        Assert.Empty(root.ParamBlock!.Parameters);
    }

    [Fact]
    public void AttributesWithoutParamAreACastOfTheNextExpression()
    {
        var root = ParseAssert.Valid("[int]$x = 5").Root;

        Assert.Null(root.ParamBlock);
        var assignment = Assert.IsType<AssignmentStatementNode>(Assert.Single(root.EndBlock!.Statements));
        Assert.IsType<ConvertExpressionNode>(assignment.Left);
    }

    [Fact]
    public void TheRootSpansTheWholeTextAndKnowsItsSource()
    {
        var result = ParseAssert.Valid("  # lead\n'x'\n  # trail\n");

        Assert.Equal(0, result.Root.Span.Start);
        Assert.Equal(result.Source.Length, result.Root.Span.End);
        Assert.Same(result.Source, result.Root.Source);
        Assert.Equal("'x'", result.Root.EndBlock!.Statements[0].Text);
    }

    [Fact]
    public void PositionsAreOneBasedLinesAndColumns()
    {
        var statement = ParseAssert.Valid("\n  Get-Date\n").Root.EndBlock!.Statements[0];

        Assert.Equal(new Text.LinePosition(2, 3), statement.Start);
        Assert.Equal(new Text.LinePosition(2, 11), statement.End);
    }

    [Fact]
    public void StatementsAreSeparatedBySemicolonsAndNewlines()
    {
        Assert.Equal(4, ParseAssert.Valid("a; b\nc;;\n\nd").Root.EndBlock!.Statements.Count);
    }

    [Fact]
    public void TrapsAreKeptApartFromStatements()
    {
        var block = ParseAssert.Valid("trap { continue }\n'x'").Root.EndBlock!;

        Assert.Single(block.Traps);
        Assert.Single(block.Statements);
        Assert.Equal(2, block.Body.AllStatements.Count);
    }
}
