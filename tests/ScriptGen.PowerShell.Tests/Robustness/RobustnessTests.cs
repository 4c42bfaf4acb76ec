using System.Text;
using ScriptGen.PowerShell.Parsing;

namespace ScriptGen.PowerShell.Tests.Robustness;

/// <summary>
/// Feeds the parser tens of thousands of broken variants of the fixture scripts and hostile inputs: it must never
/// throw, must stay lossless, and its work must grow linearly with the text (no hang, no quadratic rescanning).
/// </summary>
public sealed class RobustnessTests
{
    private const int MutationsPerFixture = 1200;

    // Tokens plus characters scanned, per character of input. Normal scripts need under 2; an unterminated string
    // that runs to the end is scanned again each time the parser backtracks over it, a bounded number of times.
    private const int MaxWorkPerCharacter = 16;

    // Short inputs pay a fixed cost for the backtracking of a few tokens.
    private const int FixedWork = 1024;

    [Theory]
    [MemberData(nameof(Fixtures.ParsingFixtureNames), MemberType = typeof(Fixtures))]
    public void MutatedScriptsParseLosslesslyInLinearWork(string name)
    {
        var original = Fixtures.Read(name).Text;
        var mutator = new Mutator(StableSeed(name));
        for (var i = 0; i < MutationsPerFixture; i++)
        {
            var text = mutator.Mutate(original);
            Check(text, fullInvariants: i % 10 == 0, $"{name} mutation {i}");
        }
    }

    [Fact]
    public void RandomBytesDecodeAndParse()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(200)];
            random.NextBytes(bytes);
            var source = Text.SourceText.FromBytes(bytes);
            Check(source.Text, fullInvariants: true, $"random bytes {i}");
        }
    }

    [Fact]
    public void EveryPrefixOfAScriptParses()
    {
        var text = Fixtures.Read("130-admin/exchange-proxy.ps1").Text;
        for (var length = 0; length <= text.Length; length++)
        {
            Check(text[..length], fullInvariants: length % 16 == 0, $"prefix of length {length}");
        }
    }

    // Each level of strings nested through $( ) is scanned again by its own nested tokenizer (as in PowerShell);
    // the nesting limit caps the levels, so that work stays linear with a larger factor.
    private const int NestedStringWorkPerCharacter = MaxWorkPerCharacter + 200;

    public static TheoryData<string, string> DeepInputs { get; } = new()
    {
        { "parentheses", Repeat("(", 20000) + "1" + Repeat(")", 20000) },
        { "unclosed parentheses", Repeat("(", 20000) },
        { "braces", Repeat("{", 20000) + Repeat("}", 20000) },
        { "script blocks in pipelines", Repeat("& { ", 20000) },
        { "brackets", "$a" + Repeat("[", 20000) },
        { "array sub-expressions", Repeat("@(", 20000) },
        { "sub-expressions", Repeat("$(", 20000) },
        { "hashtables", Repeat("@{a=", 20000) },
        { "unary operators", Repeat("-not ", 20000) + "$x" },
        { "exclamations", Repeat("!", 50000) + "$x" },
        { "unary commas", Repeat(",", 50000) + "1" },
        { "casts", Repeat("[int]", 20000) + "$x" },
        { "nested strings", Repeat("\"$(", 10000) },
        { "nested if statements", Repeat("if ($a) { ", 20000) },
        { "nested functions", Repeat("function f { ", 20000) },
        { "long binary chain", "$x = 1" + Repeat(" + 1", 50000) },
        { "long pipeline", "Get-Item" + Repeat(" | Out-Null", 20000) },
        { "long member chain", "$x" + Repeat(".a", 50000) },
        { "long index chain", "$x" + Repeat("[0]", 50000) },
        { "long method call chain", "$x" + Repeat(".a()", 50000) },
        { "generic type arguments", "[List" + Repeat("[List", 20000) },
        { "attributes", Repeat("[A()]", 20000) + "param()" },
        { "many statements", Repeat("$x = 1\n", 50000) },
        { "one long line", Repeat("a", 1_000_000) },
        { "many lines", Repeat("\n", 200000) },
        { "many comments", Repeat("<# #>", 50000) },
        { "line continuations", "Get-Item" + Repeat(" `\n", 50000) },
        { "here-string headers", Repeat("@'x\n", 20000) },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void DeepAndLongInputsEndWithoutCrashing(string name, string text)
    {
        var workPerCharacter = name == "nested strings" ? NestedStringWorkPerCharacter : MaxWorkPerCharacter;
        var result = Check(text, fullInvariants: true, name, workPerCharacter);

        if (result.Diagnostics.Any(static d => d.RuleName == ErrorIds.ScriptTooComplicated))
        {
            Assert.Contains("200", result.Diagnostics.First(static d => d.RuleName == ErrorIds.ScriptTooComplicated).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("using namespace &ystem")]
    [InlineData("using namespace x = &y")]
    [InlineData("class F{[e][l s")]
    [InlineData("class M{r([s$u){\"\"}[n][d\nr")]
    [InlineData("class C{[h][i\r\u1D7A\u000E")]
    [InlineData("try{}catch\n[n]finally{")]
    [InlineData("''try{''{{}}}catch [e finally{")]
    [InlineData("try{{''{{''{''}''{''}}}}''{''\"\"}}catch finally{")]
    public void InputsThatOnceBrokeTheTreeStayLossless(string text)
    {
        Check(text, fullInvariants: true, "regression");
    }

    [Fact]
    public void NestingAtTheLimitParsesAndBeyondItIsReported()
    {
        var options = new ParserOptions { MaxNestingDepth = 50 };

        Assert.False(PowerShellParser.Parse(Repeat("(", 10) + "1" + Repeat(")", 10), options).HasErrors);
        var deep = PowerShellParser.Parse(Repeat("(", 60) + "1" + Repeat(")", 60), options);
        Assert.Equal(ErrorIds.ScriptTooComplicated, Assert.Single(deep.Diagnostics).RuleName);
        TreeInvariants.AssertHold(deep);
    }

    private static ParseResult Check(string text, bool fullInvariants, string description, int workPerCharacter = MaxWorkPerCharacter)
    {
        ParseResult result;
        try
        {
            result = PowerShellParser.Parse(text);
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"{description}: the parser threw on {Escape(text)}\n{exception}");
        }

        try
        {
            if (fullInvariants)
            {
                TreeInvariants.AssertHold(result);
            }
            else
            {
                TreeInvariants.AssertLossless(result);
            }

            Assert.True(
                result.WorkUnits <= (workPerCharacter * (long)text.Length) + FixedWork,
                $"work {result.WorkUnits} for {text.Length} characters");
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException { Message: var m } || !m.StartsWith(description, StringComparison.Ordinal))
        {
            throw new Xunit.Sdk.XunitException($"{description}: {exception.Message}\ninput: {Escape(text)}");
        }

        return result;
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int StableSeed(string name)
    {
        var hash = 17;
        foreach (var c in name)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    private static string Escape(string text) =>
        text.Length > 4000 ? "(" + text.Length + " characters)" : System.Text.Json.JsonSerializer.Serialize(text);
}
