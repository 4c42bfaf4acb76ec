using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests;

/// <summary>What must hold for every parse, whatever the input: lossless tokens and tree, consistent parents and spans.</summary>
internal static class TreeInvariants
{
    public static void AssertHold(ParseResult result)
    {
        AssertLossless(result);
        AssertParentsAndSpans(result.Root);
    }

    /// <summary>The cheaper half: tokens cover the text in order, the tree prints it back, errors lie inside it.</summary>
    public static void AssertLossless(ParseResult result)
    {
        var text = result.Source.Text;
        Assert.Equal(text, string.Concat(result.Tokens.Select(result.GetText)));
        Assert.Equal(ScriptGen.PowerShell.Lexing.TokenKind.EndOfInput, TokenKindOfLast(result));
        for (var i = 0; i < result.Tokens.Count; i++)
        {
            Assert.Equal(i, result.Tokens[i].Index);
        }

        Assert.Equal(text, result.Print());
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
        }
    }

    private static ScriptGen.PowerShell.Lexing.TokenKind TokenKindOfLast(ParseResult result) => result.Tokens[^1].Kind;

    private static void AssertParentsAndSpans(SyntaxNode root)
    {
        Assert.Null(root.Parent);
        foreach (var node in root.Descendants().Prepend(root))
        {
            var children = node.Children;
            for (var i = 0; i < children.Count; i++)
            {
                var child = children[i];
                Assert.Same(node, child.Parent);
                Assert.True(
                    node.Span.Contains(child.Span),
                    $"{child.GetType().Name} {child.Span} lies outside its parent {node.GetType().Name} {node.Span}");
                Assert.True(
                    i == 0 || children[i - 1].Span.End <= child.Span.Start,
                    $"{child.GetType().Name} {child.Span} overlaps or precedes its sibling {children[Math.Max(0, i - 1)].Span}");
            }
        }
    }
}
