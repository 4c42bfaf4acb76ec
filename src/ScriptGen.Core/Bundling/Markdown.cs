using System.Text;

namespace ScriptGen.Core.Bundling;

/// <summary>Writes user values into Markdown so that no value can add formatting, links or table cells.</summary>
public static class Markdown
{
    /// <summary>An inline code span holding <paramref name="value"/>, safe inside a table cell.</summary>
    public static string Code(string value)
    {
        var flat = Flatten(value).Replace("|", "\\|", StringComparison.Ordinal);
        var longestRun = 0;
        var run = 0;
        foreach (var c in flat)
        {
            run = c == '`' ? run + 1 : 0;
            longestRun = Math.Max(longestRun, run);
        }

        var fence = new string('`', longestRun + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : string.Empty;
        return fence + pad + flat + pad + fence;
    }

    /// <summary>Plain text with every Markdown control character escaped and line breaks flattened.</summary>
    public static string Text(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in Flatten(value))
        {
            if ("\\`*_[]<>#|~".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Flatten(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c));
}
