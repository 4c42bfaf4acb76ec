using System.Security.Cryptography;

namespace ScriptGen.Core.Catalog;

/// <summary>SHA-256 as lower-case hex, the form every ScriptGen file names hashes in.</summary>
public static class Sha256Hex
{
    private const string Digits = "0123456789abcdef";

    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);

        // By hand: Convert.ToHexStringLower takes a vectorised path that a cold process first has to JIT-compile.
        Span<char> hex = stackalloc char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = Digits[hash[i] >> 4];
            hex[(2 * i) + 1] = Digits[hash[i] & 0xF];
        }

        return new string(hex);
    }
}
