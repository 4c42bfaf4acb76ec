using System.Text;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Makes text safe inside a PowerShell comment, line or block: no character that ends a line (CR, LF, NEL,
/// LS, PS) and no <c>#&gt;</c> or <c>&lt;#</c> that would close or open a block comment.
/// </summary>
public static class CommentText
{
    /// <summary>The text with line breaks and other control characters turned into spaces and comment delimiters split.</summary>
    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
                continue;
            }

            builder.Append(c);
            var next = i + 1 < value.Length ? value[i + 1] : '\0';
            if ((c == '#' && next == '>') || (c == '<' && next == '#'))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
