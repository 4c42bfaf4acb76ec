using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class StatementTests
{
    [Fact]
    public void IfElseIfElse()
    {
        var statement = ParseAssert.Single<IfStatementNode>("if ($a) { 1 }\nelseif ($b) { 2 } elseif ($c) { 3 }\nelse { 4 }");

        Assert.Equal(["$a", "$b", "$c"], statement.Clauses.Select(static c => c.Condition.Text));
        Assert.Equal(TokenKind.ElseIf, statement.Clauses[1].Keyword.Kind);
        Assert.Equal("{ 4 }", statement.ElseClause!.Text);
    }

    [Fact]
    public void IfWithoutElse()
    {
        var statement = ParseAssert.Single<IfStatementNode>("if (Test-Path $p) { Remove-Item $p }");

        Assert.Null(statement.ElseClause);
        Assert.IsType<PipelineNode>(Assert.Single(statement.Clauses).Condition);
    }

    [Fact]
    public void ElseMayFollowComments()
    {
        var statement = ParseAssert.Single<IfStatementNode>("if ($a) { 1 }\n# otherwise\n\nelse { 2 }");

        Assert.NotNull(statement.ElseClause);
    }

    [Fact]
    public void SwitchWithOptionsAndClauses()
    {
        var statement = ParseAssert.Single<SwitchStatementNode>(
            "switch -Regex -CaseSensitive ($line) {\n  '^a' { 'A' }\n  { $_.Length -gt 5 } { 'long'; break }\n  default { 'other' }\n}");

        Assert.Equal(SwitchFlags.Regex | SwitchFlags.CaseSensitive, statement.Flags);
        Assert.Equal("$line", statement.Condition!.Text);
        Assert.Equal(2, statement.Clauses.Count);
        Assert.IsType<ScriptBlockExpressionNode>(statement.Clauses[1].Condition);
        Assert.Equal("{ 'other' }", statement.Default!.Text);
    }

    [Fact]
    public void TheLastMatchingOptionWins()
    {
        Assert.Equal(SwitchFlags.Exact, ParseAssert.Single<SwitchStatementNode>("switch -regex -wildcard -exact (1) { 1 { } }").Flags);
    }

    [Fact]
    public void SwitchOverAFile()
    {
        var statement = ParseAssert.Single<SwitchStatementNode>("switch -File ./list.txt { 'x' { 1 } }");

        Assert.True(statement.Flags.HasFlag(SwitchFlags.File));
        Assert.Equal("./list.txt", statement.Options.Single().Argument!.Text);
        Assert.Null(statement.OpenParen);
    }

    [Fact]
    public void ForEachLoops()
    {
        var loop = ParseAssert.Single<ForEachStatementNode>("foreach ($mailbox in Get-Mailbox -ResultSize 10) { $mailbox.Name }");

        Assert.Equal("mailbox", loop.Variable.Name);
        Assert.Equal("Get-Mailbox -ResultSize 10", loop.Condition.Text);
        Assert.Equal(ForEachFlags.None, loop.Flags);
        Assert.Null(loop.LabelText);
    }

    [Fact]
    public void ForEachParallelInsideAWorkflowNeedsTheWorkflowOption()
    {
        var result = PowerShellParser.Parse(
            "workflow W { foreach -parallel -throttlelimit 4 ($i in 1..10) { $i } }",
            new ParserOptions { AllowWorkflows = true });

        Assert.False(result.HasErrors, ParseAssert.Describe(result.Diagnostics));
        var loop = result.Root.DescendantsOfType<ForEachStatementNode>().Single();
        Assert.Equal(ForEachFlags.Parallel, loop.Flags);
        Assert.Equal("4", loop.ThrottleLimit!.Text);
    }

    [Fact]
    public void ForLoopsWithAndWithoutParts()
    {
        var full = ParseAssert.Single<ForStatementNode>("for ($i = 0; $i -lt 10; $i++) { $i }");
        Assert.IsType<AssignmentStatementNode>(full.Initializer);
        Assert.Equal("$i -lt 10", full.Condition!.Text);
        Assert.Equal("$i++", full.Iterator!.Text);

        var empty = ParseAssert.Single<ForStatementNode>("for (;;) { break }");
        Assert.Null(empty.Initializer);
        Assert.Null(empty.Condition);
        Assert.Null(empty.Iterator);
    }

    [Fact]
    public void ForPartsMaySitOnSeparateLines()
    {
        var loop = ParseAssert.Single<ForStatementNode>("for ($i = 0\n     $i -lt 3\n     $i++) { }");

        Assert.Equal("$i++", loop.Iterator!.Text);
    }

    [Fact]
    public void WhileAndDoLoops()
    {
        Assert.Equal("$running", ParseAssert.Single<WhileStatementNode>("while ($running) { Start-Sleep 1 }").Condition.Text);
        Assert.Equal("$n -lt 3", ParseAssert.Single<DoWhileStatementNode>("do { $n++ } while ($n -lt 3)").Condition.Text);
        Assert.Equal("$done", ParseAssert.Single<DoUntilStatementNode>("do {\n  Step\n}\nuntil ($done)").Condition.Text);
    }

    [Fact]
    public void LoopsCarryLabels()
    {
        var loop = ParseAssert.First<ForEachStatementNode>(":outer foreach ($a in 1..3) { foreach ($b in 1..3) { continue outer } }");

        Assert.Equal("outer", loop.LabelText);
        var next = loop.DescendantsOfType<ContinueStatementNode>().Single();
        Assert.Equal("outer", next.Label!.Text);
        Assert.Equal("inner", ParseAssert.Single<WhileStatementNode>(":inner while ($true) { break inner }").LabelText);
    }

    [Fact]
    public void FlowControlStatements()
    {
        Assert.Null(ParseAssert.Single<BreakStatementNode>("while (1) { break }").Label);
        Assert.Equal("$label", ParseAssert.Single<BreakStatementNode>("while (1) { break $label }").Label!.Text);
        Assert.Equal("$result", ParseAssert.Single<ReturnStatementNode>("return $result").Pipeline!.Text);
        Assert.Null(ParseAssert.Single<ReturnStatementNode>("return").Pipeline);
        Assert.Equal("1", ParseAssert.Single<ExitStatementNode>("exit 1").Pipeline!.Text);
        Assert.Equal("\"bad: $x\"", ParseAssert.Single<ThrowStatementNode>("throw \"bad: $x\"").Pipeline!.Text);
        Assert.Null(ParseAssert.Single<ThrowStatementNode>("try { } catch { throw }").Pipeline);
    }

    [Fact]
    public void ReturnTakesAWholePipeline()
    {
        Assert.IsType<PipelineNode>(ParseAssert.Single<ReturnStatementNode>("return Get-Item . | Select-Object Name").Pipeline);
    }

    [Fact]
    public void TryCatchFinally()
    {
        var statement = ParseAssert.Single<TryStatementNode>(
            "try { Connect }\ncatch [System.Net.WebException], [System.TimeoutException] { Retry }\ncatch { Fail }\nfinally { Disconnect }");

        Assert.Equal(2, statement.CatchClauses.Count);
        Assert.Equal(["System.Net.WebException", "System.TimeoutException"], statement.CatchClauses[0].CatchTypes.Select(static t => t.TypeName.FullName));
        Assert.True(statement.CatchClauses[1].IsCatchAll);
        Assert.Equal("{ Disconnect }", statement.Finally!.Text);
    }

    [Fact]
    public void TrapStatements()
    {
        var block = ParseAssert.Valid("trap [System.IO.IOException] { continue }\nRead-File").Root.EndBlock!;
        var trap = Assert.Single(block.Traps);

        Assert.Equal("System.IO.IOException", trap.TrapType!.TypeName.FullName);
        Assert.Equal("Read-File", Assert.Single(block.Statements).Text);
        Assert.Null(ParseAssert.Single<TrapStatementNode>("trap { 'x' }").TrapType);
    }

    [Fact]
    public void DataSections()
    {
        var data = ParseAssert.Single<DataStatementNode>("data Messages -SupportedCommand ConvertFrom-StringData, Format-Text {\n  ConvertFrom-StringData 'a = b'\n}");

        Assert.Equal("Messages", data.Variable);
        Assert.Equal(["ConvertFrom-StringData", "Format-Text"], data.CommandsAllowed.Select(static c => c.Text));
        Assert.Null(ParseAssert.Single<DataStatementNode>("data { 'x' }").Variable);
    }

    [Fact]
    public void ABreakInsideAPipelineIsACommandArgumentOnlyAfterTheCommandName()
    {
        var command = ParseAssert.Single<CommandNode>("Write-Output break");

        Assert.Equal("break", command.CommandElements[1].Text);
    }
}
