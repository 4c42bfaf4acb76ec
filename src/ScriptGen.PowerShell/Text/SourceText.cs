using System.Text;

namespace ScriptGen.PowerShell.Text;

/// <summary>
/// The text of one script with its path and a line map. Lines end at CRLF, LF or a lone CR, as in PowerShell.
/// </summary>
public sealed class SourceText
{
    private int[]? _lineStarts;

    private SourceText(string text, string? path, SourceEncoding encoding, bool hasNonAsciiBytes)
    {
        Text = text;
        Path = path;
        Encoding = encoding;
        HasNonAsciiBytes = hasNonAsciiBytes;
    }

    /// <summary>The decoded text, without any byte-order mark.</summary>
    public string Text { get; }

    /// <summary>The path the text was read from, as the caller named it; null for text given directly.</summary>
    public string? Path { get; }

    /// <summary>The encoding found from the byte-order mark; <see cref="SourceEncoding.Unknown"/> for strings.</summary>
    public SourceEncoding Encoding { get; }

    /// <summary>True when the file's bytes (after any byte-order mark) include a byte above 0x7F.</summary>
    public bool HasNonAsciiBytes { get; }

    /// <summary>The number of UTF-16 code units in <see cref="Text"/>.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; an empty text has one line.</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>Wraps a string that was not read from bytes.</summary>
    public static SourceText From(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, path, SourceEncoding.Unknown, hasNonAsciiBytes: text.Any(c => c > 0x7F));
    }

    /// <summary>Decodes file bytes: the byte-order mark decides the encoding, UTF-8 otherwise; invalid bytes become U+FFFD.</summary>
    public static SourceText FromBytes(ReadOnlySpan<byte> bytes, string? path = null)
    {
        var (encoding, bomLength, decoder) = DetectEncoding(bytes);
        var body = bytes[bomLength..];
        var hasNonAscii = body.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        return new SourceText(decoder.GetString(body), path, encoding, hasNonAscii);
    }

    /// <summary>The 1-based line and column of a 0-based offset; offsets past the end map to the end.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - starts[index] + 1);
    }

    /// <summary>The span of a 1-based line, without its line terminator.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var starts = LineStarts;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The text covered by a span.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }

    private static (SourceEncoding Encoding, int BomLength, Encoding Decoder) DetectEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (SourceEncoding.Utf32LittleEndian, 4, new UTF32Encoding(bigEndian: false, byteOrderMark: false));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (SourceEncoding.Utf32BigEndian, 4, new UTF32Encoding(bigEndian: true, byteOrderMark: false));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (SourceEncoding.Utf8Bom, 3, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (SourceEncoding.Utf16LittleEndian, 2, new UnicodeEncoding(bigEndian: false, byteOrderMark: false));
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (SourceEncoding.Utf16BigEndian, 2, new UnicodeEncoding(bigEndian: true, byteOrderMark: false));
        }

        return (SourceEncoding.Utf8NoBom, 0, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
