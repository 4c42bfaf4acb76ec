using System.Text;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Reads a variable's name from its token text (<c>$x</c>, <c>@x</c>, <c>${a`}b}</c>).</summary>
internal static class VariableNames
{
    /// <summary>The name without sigil and braces, with backtick escapes inside braces applied.</summary>
    public static string UserPath(ReadOnlySpan<char> tokenText)
    {
        if (tokenText.Length < 2)
        {
            return string.Empty;
        }

        var body = tokenText[1..];
        if (body[0] != '{')
        {
            return body.ToString();
        }

        body = body[1..];
        if (body.Length > 0 && body[^1] == '}' && !EndsWithEscapedBrace(body))
        {
            body = body[..^1];
        }

        if (body.IndexOf('`') < 0)
        {
            return body.ToString();
        }

        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '`' && i + 1 < body.Length)
            {
                i++;
            }

            builder.Append(body[i]);
        }

        return builder.ToString();
    }

    private static bool EndsWithEscapedBrace(ReadOnlySpan<char> body)
    {
        var backticks = 0;
        for (var i = body.Length - 2; i >= 0 && body[i] == '`'; i--)
        {
            backticks++;
        }

        return backticks % 2 == 1;
    }
}
