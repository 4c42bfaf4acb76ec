using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests;

/// <summary>Helpers shared by the parser tests: parse without errors, find nodes, check error ids and places.</summary>
internal static class ParseAssert
{
    /// <summary>Parses text that must have no parse error and must print back unchanged.</summary>
    public static ParseResult Valid(string text)
    {
        var result = PowerShellParser.Parse(text);
        Assert.True(!result.HasErrors, "Unexpected parse errors:\n" + Describe(result.Diagnostics) + "\n" + SyntaxDumper.Dump(result.Root));
        Assert.Equal(text, result.Print());
        return result;
    }

    /// <summary>The only node of type <typeparamref name="T"/> in a parse of valid text.</summary>
    public static T Single<T>(string text)
        where T : SyntaxNode
    {
        var nodes = Valid(text).Root.DescendantsOfType<T>().ToList();
        Assert.True(nodes.Count == 1, $"Expected one {typeof(T).Name}, found {nodes.Count}.");
        return nodes[0];
    }

    /// <summary>The first node of type <typeparamref name="T"/> in a parse of valid text.</summary>
    public static T First<T>(string text)
        where T : SyntaxNode =>
        Valid(text).Root.DescendantsOfType<T>().First();

    /// <summary>Parses text that must have exactly the given errors (id, line, column), in order; the tree still prints back unchanged.</summary>
    public static ParseResult Errors(string text, params (string Id, int Line, int Column)[] expected)
    {
        var result = PowerShellParser.Parse(text);
        Assert.Equal(text, result.Print());
        var actual = result.Diagnostics.Select(static d => (d.RuleName, d.Start.Line, d.Start.Column)).ToArray();
        Assert.True(
            expected.SequenceEqual(actual),
            $"Expected:\n{string.Join("\n", expected)}\nActual:\n{Describe(result.Diagnostics)}");
        Assert.All(result.Diagnostics, static d => Assert.Equal(DiagnosticSeverity.ParseError, d.Severity));
        return result;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(static d => $"({d.RuleName}, {d.Start.Line}, {d.Start.Column}) {d.Message}"));
}
