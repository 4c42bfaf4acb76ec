using System.Text;
using ScriptGen.Core.Rendering;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Rendering;

public sealed class PowerShellLiteralTests
{
    [Theory]
    [InlineData("contoso.com", "'contoso.com'")]
    [InlineData("O'Neil", "'O''Neil'")]
    [InlineData("\u2018x\u2019", "'\u2018\u2018x\u2019\u2019'")]
    [InlineData("a\u201Ab\u201B", "'a\u201A\u201Ab\u201B\u201B'")]
    [InlineData("$(Remove-Item C:\\)", "'$(Remove-Item C:\\)'")]
    [InlineData("", "''")]
    public void Values_become_one_single_quoted_literal(string value, string expected)
    {
        Assert.Equal(expected, PowerShellLiteral.Quote(value));
    }

    [Fact]
    public void Every_hostile_value_reads_back_as_exactly_one_literal_holding_the_value()
    {
        foreach (var value in HostileValues.Generate(20_000))
        {
            var literal = PowerShellLiteral.Quote(value);

            var (decoded, end) = ReadSingleQuotedString(literal, 0);

            Assert.Equal(value, decoded);
            Assert.Equal(literal.Length, end);
        }
    }

    /// <summary>
    /// Reads a single-quoted string the way PowerShell's tokenizer does: any single-quote character opens and closes
    /// it, a doubled one stands for itself, and nothing else is special. Returns the value and the offset after it.
    /// </summary>
    private static (string Value, int End) ReadSingleQuotedString(string text, int start)
    {
        Assert.True(PowerShellLiteral.IsSingleQuote(text[start]));
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            if (!PowerShellLiteral.IsSingleQuote(text[i]))
            {
                value.Append(text[i]);
            }
            else if (i + 1 < text.Length && PowerShellLiteral.IsSingleQuote(text[i + 1]))
            {
                value.Append(text[i]);
                i++;
            }
            else
            {
                return (value.ToString(), i + 1);
            }
        }

        throw new Xunit.Sdk.XunitException($"The literal is not terminated: {text}");
    }
}
