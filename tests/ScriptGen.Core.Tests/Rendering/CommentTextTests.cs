using ScriptGen.Core.Rendering;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Rendering;

public sealed class CommentTextTests
{
    [Theory]
    [InlineData("CHG0012345", "CHG0012345")]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("a\u2028b\u0085c", "a b c")]
    [InlineData("x #> Remove-Item", "x # > Remove-Item")]
    [InlineData("<# x", "< # x")]
    [InlineData("<##>", "< ## >")]
    public void Comment_text_cannot_end_its_line_or_a_block_comment(string value, string expected)
    {
        Assert.Equal(expected, CommentText.Encode(value));
    }

    [Fact]
    public void No_hostile_value_leaves_the_comment()
    {
        foreach (var value in HostileValues.Generate(20_000, seed: 7))
        {
            var encoded = CommentText.Encode(value);

            Assert.DoesNotContain(encoded, c => char.IsControl(c) || c is '\u2028' or '\u2029');
            Assert.DoesNotContain("#>", encoded, StringComparison.Ordinal);
            Assert.DoesNotContain("<#", encoded, StringComparison.Ordinal);
        }
    }
}
