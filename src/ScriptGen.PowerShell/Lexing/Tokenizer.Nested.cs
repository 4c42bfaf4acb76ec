using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>The source span of a part found inside an expandable token.</summary>
    internal TextSpan PartSourceSpan(StringPart part) => SourceSpan(part.Start, part.End);

    /// <summary>The text of a part as this tokenizer read it.</summary>
    internal ReadOnlySpan<char> PartText(StringPart part) => _text.AsSpan(part.Start, part.End - part.Start);

    /// <summary>
    /// A tokenizer for the text of a <c>$( )</c> part. Outside here-strings PowerShell reads a doubled quote inside
    /// the sub-expression as one quote (<c>"$(""x"")"</c> holds the string "x"), so that text is copied with the
    /// quotes collapsed and an offset map back to the source.
    /// </summary>
    internal Tokenizer CreateNested(StringPart part)
    {
        if (!part.CollapsesQuotes || !HasDoubledQuote(part))
        {
            return new Tokenizer(_text, part.Start, part.End, _offsetMap, _diagnostics, tokens: null, isNested: true, Work)
            {
                Mode = TokenizerMode.Command,
            };
        }

        var builder = new System.Text.StringBuilder(part.End - part.Start);
        var map = new List<int>(part.End - part.Start + 1);
        for (var i = part.Start; i < part.End; i++)
        {
            var c = _text[i];
            if ((c == '`' || c.IsDoubleQuote()) && i + 1 < part.End && _text[i + 1].IsDoubleQuote())
            {
                i++;
                c = _text[i];
            }

            builder.Append(c);
            map.Add(MapOffset(i));
        }

        map.Add(MapOffset(part.End));
        return new Tokenizer(builder.ToString(), 0, builder.Length, [.. map], _diagnostics, tokens: null, isNested: true, Work)
        {
            Mode = TokenizerMode.Command,
        };
    }

    private bool HasDoubledQuote(StringPart part)
    {
        for (var i = part.Start; i + 1 < part.End; i++)
        {
            var c = _text[i];
            if ((c == '`' || c.IsDoubleQuote()) && _text[i + 1].IsDoubleQuote())
            {
                return true;
            }
        }

        return false;
    }
}
