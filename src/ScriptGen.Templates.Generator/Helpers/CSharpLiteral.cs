using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>C# literals for the emitter. Strings come out as ASCII, so no character can end a line or a literal early.</summary>
internal static class CSharpLiteral
{
    /// <summary>A quoted string literal, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\r': builder.Append("\\r"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>The text split after each line feed, each piece as a literal, so long texts read line by line.</summary>
    public static IReadOnlyList<string> Lines(string value)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\n')
            {
                pieces.Add(String(value.Substring(start, i + 1 - start)));
                start = i + 1;
            }
        }

        if (start < value.Length || pieces.Count == 0)
        {
            pieces.Add(String(value.Substring(start)));
        }

        return pieces;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>An integer in invariant culture.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for an XML doc comment: markup characters escaped, on one line.</summary>
    public static string XmlDoc(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
}
