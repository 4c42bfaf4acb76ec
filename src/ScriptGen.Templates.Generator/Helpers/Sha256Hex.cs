using System.Security.Cryptography;
using System.Text;

namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>SHA-256 of a text's UTF-8 bytes as lower-case hex: the hash of the file, since template files are UTF-8 without a BOM (SGT010).</summary>
internal static class Sha256Hex
{
    /// <summary>The hash of <paramref name="text"/>'s UTF-8 bytes.</summary>
    public static string OfUtf8(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(new UTF8Encoding(false).GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
