using System.Text;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// The byte form of every emitted script: UTF-8 with a byte-order mark (Windows PowerShell 5.1 reads BOM-less files
/// as ANSI) and CRLF line endings, ending with one line break.
/// </summary>
public static class ScriptBytes
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Normalises line endings of <paramref name="text"/> and encodes it.</summary>
    public static byte[] Encode(string text)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n').Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(normalized)];
    }
}
