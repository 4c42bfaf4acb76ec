using System.Security.Cryptography;
using System.Text;

namespace ScriptGen.Core.Signing;

/// <summary>
/// A script split where Windows PowerShell puts its signature: the text before the line break that precedes
/// <c># SIG # Begin signature block</c>, and the block itself (null when unsigned). The file's own encoding is kept:
/// UTF-16LE when it starts with FF FE, otherwise UTF-8; a UTF-8 byte-order mark stays part of the text (U+FEFF).
/// </summary>
public sealed class ScriptText
{
    /// <summary>The first line of a signature block.</summary>
    public const string BeginLine = "# SIG # Begin signature block";

    /// <summary>The last line of a signature block.</summary>
    public const string EndLine = "# SIG # End signature block";

    private const int LineLength = 64;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private ScriptText(bool isUtf16, string content, string? block)
    {
        IsUtf16 = isUtf16;
        Content = content;
        Block = block;
    }

    /// <summary>True for a UTF-16LE file (FF FE), false for UTF-8.</summary>
    public bool IsUtf16 { get; }

    /// <summary>The signed part: everything before the line break that precedes the signature block.</summary>
    public string Content { get; }

    /// <summary>The signature block from that line break to the end of the file, or null when there is none.</summary>
    public string? Block { get; }

    /// <summary>Splits <paramref name="script"/>; throws <see cref="FormatException"/> when it is not valid text.</summary>
    public static ScriptText Parse(ReadOnlySpan<byte> script)
    {
        var isUtf16 = script.Length >= 2 && script[0] == 0xff && script[1] == 0xfe;
        string text;
        try
        {
            text = isUtf16 ? new UnicodeEncoding(false, false, true).GetString(script) : StrictUtf8.GetString(script);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FormatException($"the script is not valid {(isUtf16 ? "UTF-16" : "UTF-8")} text", ex);
        }

        var begin = FindBeginLine(text);
        if (begin < 0)
        {
            return new ScriptText(isUtf16, text, null);
        }

        var end = begin >= 2 && text[begin - 2] == '\r' ? begin - 2 : begin - 1;
        return new ScriptText(isUtf16, text[..end], text[end..]);
    }

    /// <summary>The Authenticode digest: <paramref name="algorithm"/> over the signed part as UTF-16LE.</summary>
    public byte[] Digest(HashAlgorithmName algorithm)
    {
        var utf16 = Encoding.Unicode.GetBytes(Content);
        return algorithm.Name switch
        {
            "SHA1" => SHA1.HashData(utf16),
            "SHA384" => SHA384.HashData(utf16),
            "SHA512" => SHA512.HashData(utf16),
            _ => SHA256.HashData(utf16),
        };
    }

    /// <summary>The script's bytes with <paramref name="pkcs7"/> as its signature block, replacing any block it had.</summary>
    public byte[] WithSignature(ReadOnlySpan<byte> pkcs7)
    {
        var block = new StringBuilder().Append("\r\n").Append(BeginLine);
        var base64 = Convert.ToBase64String(pkcs7);
        for (var i = 0; i < base64.Length; i += LineLength)
        {
            block.Append("\r\n# ").Append(base64, i, Math.Min(LineLength, base64.Length - i));
        }

        block.Append("\r\n").Append(EndLine).Append("\r\n");
        var encoding = IsUtf16 ? (Encoding)new UnicodeEncoding(false, false) : StrictUtf8;
        return encoding.GetBytes(Content + block);
    }

    /// <summary>The DER signature in the block; throws <see cref="FormatException"/> when the block is malformed.</summary>
    public byte[] ReadSignature()
    {
        var lines = (Block ?? throw new FormatException("the script has no signature block")).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var endIndex = Array.IndexOf(lines, EndLine);
        if (endIndex < 0)
        {
            throw new FormatException($"the signature block has no '{EndLine}' line");
        }

        if (lines.Skip(endIndex + 1).Any(l => l.Length > 0) || lines.Length > endIndex + 2)
        {
            throw new FormatException("text follows the signature block; it would run without being covered by the signature");
        }

        var base64 = new StringBuilder();
        foreach (var line in lines[2..endIndex])
        {
            if (!line.StartsWith("# ", StringComparison.Ordinal))
            {
                throw new FormatException("a line of the signature block does not start with '# '");
            }

            base64.Append(line, 2, line.Length - 2);
        }

        return Convert.FromBase64String(base64.ToString());
    }

    private static int FindBeginLine(string text)
    {
        for (var at = text.IndexOf("\n" + BeginLine, StringComparison.Ordinal); at >= 0; at = text.IndexOf("\n" + BeginLine, at + 1, StringComparison.Ordinal))
        {
            var after = at + 1 + BeginLine.Length;
            if (after < text.Length && (text[after] == '\n' || (text[after] == '\r' && after + 1 < text.Length && text[after + 1] == '\n')))
            {
                return at + 1;
            }
        }

        return -1;
    }
}
