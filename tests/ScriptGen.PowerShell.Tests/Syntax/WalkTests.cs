using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Syntax;

public sealed class WalkTests
{
    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public Func<SyntaxNode, VisitAction> Decide { get; init; } = static _ => VisitAction.Continue;

        public override VisitAction DefaultVisit(SyntaxNode node)
        {
            Events.Add("+" + node.GetType().Name.Replace("Node", string.Empty, StringComparison.Ordinal));
            return Decide(node);
        }

        public override void PostVisit(SyntaxNode node) =>
            Events.Add("-" + node.GetType().Name.Replace("Node", string.Empty, StringComparison.Ordinal));
    }

    private sealed class VariableCounter : SyntaxVisitor
    {
        public List<string> Names { get; } = [];

        public override VisitAction VisitVariableExpression(VariableExpressionNode node)
        {
            Names.Add(node.Name);
            return VisitAction.Continue;
        }
    }

    [Fact]
    public void AWalkVisitsInSourceOrderWithPostVisits()
    {
        var recorder = new Recorder();
        ParseAssert.Valid("$a + 1").Root.Walk(recorder);

        Assert.Equal(
            ["+ScriptBlock", "+NamedBlock", "+StatementBlock", "+Pipeline", "+CommandExpression", "+BinaryExpression",
             "+VariableExpression", "-VariableExpression", "+ConstantExpression", "-ConstantExpression",
             "-BinaryExpression", "-CommandExpression", "-Pipeline", "-StatementBlock", "-NamedBlock", "-ScriptBlock"],
            recorder.Events);
    }

    [Fact]
    public void SkipChildrenSkipsOnlyThatNode()
    {
        var recorder = new Recorder { Decide = static n => n is ParenExpressionNode ? VisitAction.SkipChildren : VisitAction.Continue };
        ParseAssert.Valid("($a) + $b").Root.Walk(recorder);

        Assert.Contains("+ParenExpression", recorder.Events);
        Assert.DoesNotContain("-ParenExpression", recorder.Events);
        Assert.Equal(1, recorder.Events.Count(static e => e == "+VariableExpression"));
    }

    [Fact]
    public void StopVisitEndsTheWalk()
    {
        var recorder = new Recorder { Decide = static n => n is VariableExpressionNode ? VisitAction.StopVisit : VisitAction.Continue };
        ParseAssert.Valid("$a; $b").Root.Walk(recorder);

        Assert.Equal("+VariableExpression", recorder.Events[^1]);
        Assert.Equal(1, recorder.Events.Count(static e => e == "+VariableExpression"));
    }

    [Fact]
    public void TypedVisitMethodsSeeNestedStringExpressions()
    {
        var counter = new VariableCounter();
        ParseAssert.Valid("\"$a $($b.c)\"; @{ k = $d }; function f($e) { $f }").Root.Walk(counter);

        Assert.Equal(["a", "b", "d", "e", "f"], counter.Names);
    }

    [Fact]
    public void WalkingAVeryDeepTreeDoesNotOverflow()
    {
        var text = string.Concat(Enumerable.Repeat("!", 150)) + "1";
        var result = PowerShellParser.Parse(text);
        var counter = new VariableCounter();

        result.Root.Walk(counter);
        Assert.Equal(151, result.Root.Descendants().OfType<ExpressionNode>().Count());
    }

    [Fact]
    public void ChildrenAreInSourceOrderAndPointBackToTheirParent()
    {
        var root = ParseAssert.Valid("if ($a) { 1 } else { 2 }").Root;

        foreach (var node in root.Descendants())
        {
            var children = node.Children;
            for (var i = 1; i < children.Count; i++)
            {
                Assert.True(children[i - 1].Span.End <= children[i].Span.Start, $"{children[i - 1]} before {children[i]}");
            }

            Assert.All(children, child => Assert.Same(node, child.Parent));
        }
    }

    [Fact]
    public void AncestorsLeadToTheRoot()
    {
        var result = ParseAssert.Valid("function f { if ($x) { $y } }");
        var variable = result.Root.DescendantsOfType<VariableExpressionNode>().Last();

        Assert.Equal("f", variable.FirstAncestor<FunctionDefinitionNode>()!.Name);
        Assert.Same(result.Root, variable.GetRoot());
        Assert.IsType<ScriptBlockNode>(variable.Ancestors().Last());
    }

    [Fact]
    public void TheDumpShowsKindsSpansAndText()
    {
        var dump = SyntaxDumper.Dump(ParseAssert.Valid("$x = 1").Root);

        Assert.Contains("AssignmentStatement [1,1-1,7) Equals \"$x = 1\"", dump, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePrinterReproducesTheText()
    {
        const string text = "function f {\r\n\t# tab\r\n  param($a = @{ k = \"v $(1)\" })  `\r\n}\r\n";
        var result = PowerShellParser.Parse(text);

        Assert.Equal(text, SyntaxPrinter.Print(result.Root, result.Tokens));
    }
}
