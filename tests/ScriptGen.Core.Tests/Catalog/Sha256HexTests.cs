using System.Security.Cryptography;
using System.Text;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Core.Tests.Catalog;

public sealed class Sha256HexTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Hashes_match_the_published_test_vectors(string text, string expected) =>
        Assert.Equal(expected, Sha256Hex.Of(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Every_byte_value_comes_out_as_two_lower_case_digits()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 31)).ToArray();

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), Sha256Hex.Of(bytes));
    }
}
