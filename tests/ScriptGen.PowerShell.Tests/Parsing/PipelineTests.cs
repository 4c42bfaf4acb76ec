using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class PipelineTests
{
    [Fact]
    public void PipesJoinElements()
    {
        var pipeline = ParseAssert.First<PipelineNode>("Get-Mailbox | Where-Object { $_.Size -gt 1GB } | Select-Object Name");

        Assert.Equal(3, pipeline.PipelineElements.Count);
        Assert.Equal(2, pipeline.Pipes.Count);
        Assert.All(pipeline.PipelineElements, static e => Assert.IsType<CommandNode>(e));
        Assert.False(pipeline.Background);
    }

    [Fact]
    public void AnExpressionMayStartAPipeline()
    {
        var pipeline = ParseAssert.First<PipelineNode>("1..10 | ForEach-Object { $_ * 2 }");

        Assert.IsType<CommandExpressionNode>(pipeline.PipelineElements[0]);
        Assert.Null(pipeline.GetPureExpression());
        Assert.IsType<BinaryExpressionNode>(ParseAssert.First<PipelineNode>("1 + 2").GetPureExpression());
    }

    [Fact]
    public void APipeAtTheEndOfALineContinuesOnTheNext()
    {
        var pipeline = ParseAssert.Single<PipelineNode>("Get-Process |\n  # a comment\n\n  Sort-Object CPU");

        Assert.Equal(2, pipeline.PipelineElements.Count);
    }

    [Fact]
    public void APipeAtTheStartOfTheNextLineContinuesThePipeline()
    {
        var pipeline = ParseAssert.Single<PipelineNode>("Get-Process\n  | Sort-Object CPU\n  | Select-Object -First 5");

        Assert.Equal(3, pipeline.PipelineElements.Count);
    }

    [Fact]
    public void ChainsNestToTheLeft()
    {
        var chain = ParseAssert.Valid("Build && Test || Report").Root.EndBlock!.Statements.Single();
        var outer = Assert.IsType<PipelineChainNode>(chain);

        Assert.Equal(TokenKind.OrOr, outer.Operator);
        Assert.Equal("Report", outer.RhsPipeline.Text);
        var inner = Assert.IsType<PipelineChainNode>(outer.LhsPipelineChain);
        Assert.Equal(TokenKind.AndAnd, inner.Operator);
        Assert.Equal("Build", inner.LhsPipelineChain.Text);
    }

    [Fact]
    public void AnAmpersandAtTheEndRunsInTheBackground()
    {
        Assert.True(ParseAssert.Single<PipelineNode>("Start-LongTask -Name x &").Background);
        Assert.True(Assert.IsType<PipelineChainNode>(ParseAssert.Valid("a && b &").Root.EndBlock!.Statements[0]).Background);
    }

    [Fact]
    public void SemicolonsAndNewLinesSeparateStatements()
    {
        var statements = ParseAssert.Valid("a; b\nc;;\r\nd").Root.EndBlock!.Statements;

        Assert.Equal(["a", "b", "c", "d"], statements.Select(static s => s.Text));
    }

    [Fact]
    public void AssignmentsKeepTheirOperator()
    {
        string[] operators = ["=", "+=", "-=", "*=", "/=", "%=", "??="];
        TokenKind[] kinds = [TokenKind.Equals, TokenKind.PlusEquals, TokenKind.MinusEquals, TokenKind.MultiplyEquals, TokenKind.DivideEquals, TokenKind.RemainderEquals, TokenKind.QuestionQuestionEquals];

        for (var i = 0; i < operators.Length; i++)
        {
            var assignment = ParseAssert.Single<AssignmentStatementNode>($"$x {operators[i]} 1");
            Assert.Equal(kinds[i], assignment.Operator);
            Assert.Equal("$x", assignment.Left.Text);
            Assert.Equal("1", assignment.Right.Text);
        }
    }

    [Fact]
    public void TheRightSideOfAnAssignmentIsAStatement()
    {
        Assert.IsType<IfStatementNode>(ParseAssert.Single<AssignmentStatementNode>("$v = if ($a) { 1 } else { 2 }").Right);
        Assert.IsType<PipelineNode>(ParseAssert.Single<AssignmentStatementNode>("$v = Get-Item . | Select-Object -First 1").Right);
        Assert.IsType<AssignmentStatementNode>(ParseAssert.First<AssignmentStatementNode>("$a = $b = 2").Right);
    }

    [Fact]
    public void AssignmentTargetsMayBeTypedListsMembersAndIndexes()
    {
        Assert.IsType<ConvertExpressionNode>(ParseAssert.Single<AssignmentStatementNode>("[int]$n = '3'").Left);
        Assert.IsType<ArrayLiteralNode>(ParseAssert.Single<AssignmentStatementNode>("$first, $rest = 1, 2, 3").Left);
        Assert.IsType<MemberExpressionNode>(ParseAssert.Single<AssignmentStatementNode>("$o.Name = 'x'").Left);
        Assert.IsType<IndexExpressionNode>(ParseAssert.Single<AssignmentStatementNode>("$h['k'] = 1").Left);
    }
}
