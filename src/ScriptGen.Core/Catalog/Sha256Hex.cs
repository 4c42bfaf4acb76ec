using System.Security.Cryptography;

namespace ScriptGen.Core.Catalog;

/// <summary>SHA-256 as lower-case hex, the form every ScriptGen file names hashes in.</summary>
public static class Sha256Hex
{
    /// <summary>The hash of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
