using System.Text;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Writes any text as one single-quoted PowerShell string literal. PowerShell treats U+0027 and U+2018-U+201B all as
/// single quotes, so each is doubled; nothing else is special inside single quotes, so no value can end the literal.
/// </summary>
public static class PowerShellLiteral
{
    /// <summary>The literal for <paramref name="value"/>, quotes included: contoso becomes 'contoso', O'Neil becomes 'O''Neil'.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            builder.Append(c);
            if (IsSingleQuote(c))
            {
                builder.Append(c);
            }
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>True for the characters PowerShell accepts as a single quote.</summary>
    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B';
}
