using System.Text;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Computes a string token's value: quotes removed, doubled quotes and backtick escapes applied.</summary>
public static class StringValue
{
    /// <summary>The value of a string written as <paramref name="type"/>, from its token text.</summary>
    public static string Decode(ReadOnlySpan<char> text, StringConstantType type) => type switch
    {
        StringConstantType.SingleQuoted => DecodeSingleQuoted(text),
        StringConstantType.DoubleQuoted => DecodeDoubleQuoted(text),
        StringConstantType.SingleQuotedHereString => HereStringBody(text).ToString(),
        StringConstantType.DoubleQuotedHereString => ApplyBackticks(HereStringBody(text)),
        _ => DecodeBareWord(text),
    };

    /// <summary>The text as PowerShell reads it inside a <c>$( )</c> of a double-quoted string: <c>""</c> and <c>`"</c> become <c>"</c>.</summary>
    internal static string CollapseDoubledQuotes(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if ((text[i] == '`' || text[i].IsDoubleQuote()) && i + 1 < text.Length && text[i + 1].IsDoubleQuote())
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string DecodeSingleQuoted(ReadOnlySpan<char> text)
    {
        var body = text.Length > 0 ? text[1..] : text;
        if (body.Length > 0 && body[^1].IsSingleQuote() && !EndsWithEscapedQuote(body, static c => c.IsSingleQuote()))
        {
            body = body[..^1];
        }

        if (body.IndexOfAny('\'', CharTraits.QuoteSingleLeft) < 0 && body.IndexOfAny(CharTraits.QuoteSingleRight, CharTraits.QuoteSingleBase, CharTraits.QuoteReversed) < 0)
        {
            return body.ToString();
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i].IsSingleQuote() && i + 1 < body.Length && body[i + 1].IsSingleQuote())
            {
                i++;
            }

            builder.Append(body[i]);
        }

        return builder.ToString();
    }

    private static string DecodeDoubleQuoted(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        AppendDoubleQuotedBody(text, 1, builder, out _);
        return builder.ToString();
    }

    /// <summary>Appends the body of a double-quoted section starting after its opening quote; returns the index after the closing quote.</summary>
    private static void AppendDoubleQuotedBody(ReadOnlySpan<char> text, int i, StringBuilder builder, out int end)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c.IsDoubleQuote())
            {
                if (i + 1 < text.Length && text[i + 1].IsDoubleQuote())
                {
                    builder.Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                end = i + 1;
                return;
            }

            if (c == '`' && i + 1 < text.Length)
            {
                i = AppendEscape(text, i + 1, builder);
                continue;
            }

            builder.Append(c);
            i++;
        }

        end = i;
    }

    // A loop, not IndexOfAny: with curly quotes in the set IndexOfAny takes a vectorised path that ReadyToRun leaves
    // to the JIT, and a cold process paid for compiling it on its first bare word.
    private static bool HasQuoteOrEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '`' || c.IsSingleQuote() || c.IsDoubleQuote())
            {
                return true;
            }
        }

        return false;
    }

    private static string DecodeBareWord(ReadOnlySpan<char> text)
    {
        if (!HasQuoteOrEscape(text))
        {
            return text.ToString();
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`' && i + 1 < text.Length)
            {
                i = AppendEscape(text, i + 1, builder);
            }
            else if (c.IsSingleQuote())
            {
                i++;
                while (i < text.Length)
                {
                    if (text[i].IsSingleQuote())
                    {
                        if (i + 1 < text.Length && text[i + 1].IsSingleQuote())
                        {
                            builder.Append(text[i + 1]);
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    builder.Append(text[i++]);
                }
            }
            else if (c.IsDoubleQuote())
            {
                AppendDoubleQuotedBody(text, i + 1, builder, out i);
            }
            else
            {
                builder.Append(c);
                i++;
            }
        }

        return builder.ToString();
    }

    private static string ApplyBackticks(ReadOnlySpan<char> body)
    {
        if (body.IndexOf('`') < 0)
        {
            return body.ToString();
        }

        var builder = new StringBuilder(body.Length);
        var i = 0;
        while (i < body.Length)
        {
            if (body[i] == '`' && i + 1 < body.Length)
            {
                i = AppendEscape(body, i + 1, builder);
            }
            else
            {
                builder.Append(body[i++]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends the character escaped at <paramref name="i"/> (after a backtick); returns the index after the escape.</summary>
    private static int AppendEscape(ReadOnlySpan<char> text, int i, StringBuilder builder)
    {
        var c = text[i];
        switch (c)
        {
            case '0': builder.Append('\0'); break;
            case 'a': builder.Append('\a'); break;
            case 'b': builder.Append('\b'); break;
            case 'e': builder.Append('\u001b'); break;
            case 'f': builder.Append('\f'); break;
            case 'n': builder.Append('\n'); break;
            case 'r': builder.Append('\r'); break;
            case 't': builder.Append('\t'); break;
            case 'v': builder.Append('\v'); break;
            case 'u':
                return AppendUnicodeEscape(text, i + 1, builder);
            default: builder.Append(c); break;
        }

        return i + 1;
    }

    private static int AppendUnicodeEscape(ReadOnlySpan<char> text, int i, StringBuilder builder)
    {
        if (i >= text.Length || text[i] != '{')
        {
            return i;
        }

        var close = text[(i + 1)..].IndexOf('}');
        if (close <= 0 || close > 6 || !int.TryParse(text.Slice(i + 1, close), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var code) || code > 0x10FFFF)
        {
            return i;
        }

        builder.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
        return i + close + 2;
    }

    /// <summary>The content between a here-string's header line and its closing line.</summary>
    private static ReadOnlySpan<char> HereStringBody(ReadOnlySpan<char> text)
    {
        var firstBreak = text.IndexOfAny('\r', '\n');
        if (firstBreak < 0)
        {
            return [];
        }

        var start = firstBreak + (text[firstBreak] == '\r' && firstBreak + 1 < text.Length && text[firstBreak + 1] == '\n' ? 2 : 1);
        var end = text.Length;
        if (end - start >= 2 && text[end - 1] == '@')
        {
            end -= 2;
            if (end > start && text[end - 1] == '\n')
            {
                end--;
            }

            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }
        }

        return start <= end ? text[start..end] : [];
    }

    private static bool EndsWithEscapedQuote(ReadOnlySpan<char> body, Func<char, bool> isQuote)
    {
        var count = 0;
        for (var i = body.Length - 1; i >= 0 && isQuote(body[i]); i--)
        {
            count++;
        }

        return count % 2 == 0;
    }
}
