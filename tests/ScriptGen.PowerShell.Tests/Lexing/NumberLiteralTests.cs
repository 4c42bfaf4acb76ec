using System.Numerics;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Tests.Lexing;

public sealed class NumberLiteralTests
{
    public static TheoryData<string, object> Values => new()
    {
        { "0", 0 },
        { "42", 42 },
        { "-7", -7 },
        { "2147483647", 2147483647 },
        { "2147483648", 2147483648L },
        { "0x10", 16 },
        { "0xFFFFFFFF", -1 },
        { "0x100000000", 4294967296L },
        { "0xFFFFFFFFFFFFFFFF", -1L },
        { "0xFFu", 255u },
        { "0xFFy", (sbyte)-1 },
        { "0b101", 5 },
        { "1.5", 1.5 },
        { ".5", 0.5 },
        { "1e3", 1000.0 },
        { "1.5e-3", 0.0015 },
        { "2.5d", 2.5m },
        { "10l", 10L },
        { "10u", 10u },
        { "10ul", 10ul },
        { "10s", (short)10 },
        { "10us", (ushort)10 },
        { "10y", (sbyte)10 },
        { "10uy", (byte)10 },
        { "10n", new BigInteger(10) },
        { "1kb", 1024 },
        { "1KB", 1024 },
        { "1.5mb", 1572864.0 },
        { "2gb", 2147483648L },
        { "1tb", 1099511627776L },
        { "1pb", 1125899906842624L },
        { "0x10kb", 16384 },
        { "1.4y", (sbyte)1 },
        { "99999999999999999999", 99999999999999999999m },
        { "\u20135", -5 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void TheValueIsPowerShells(string text, object expected)
    {
        var value = NumberLiteral.GetValue(text);

        Assert.Equal(expected, value);
        Assert.Equal(expected.GetType(), value!.GetType());
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("10px")]
    [InlineData("1ux")]
    [InlineData("1k")]
    [InlineData("0xFFFFFFFFFFFFFFFFF")]
    [InlineData("300y")]
    [InlineData("-1u")]
    [InlineData("0b")]
    [InlineData("")]
    public void NotANumberGivesNull(string text)
    {
        Assert.Null(NumberLiteral.GetValue(text));
    }
}
