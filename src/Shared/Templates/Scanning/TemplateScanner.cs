using System.Collections.Generic;

namespace ScriptGen.Templates.Scanning;

/// <summary>
/// Finds the Handlebars tags of a template, without rendering it, so build and run time can check which names a
/// template uses and that it never writes raw output. Text outside tags is PowerShell and is ignored.
/// </summary>
public static class TemplateScanner
{
    /// <summary>The tags of <paramref name="text"/> in document order.</summary>
    public static IReadOnlyList<TemplateTag> Scan(string text)
    {
        var tags = new List<TemplateTag>();
        var line = 1;
        var lineStart = 0;
        var position = 0;
        while (true)
        {
            var open = text.IndexOf("{{", position, System.StringComparison.Ordinal);
            if (open < 0)
            {
                return tags;
            }

            for (var i = position; i < open; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            var column = open - lineStart + 1;
            position = ScanTag(text, open, line, column, tags);
            tags[tags.Count - 1] = tags[tags.Count - 1] with { Start = open, Length = position - open };
        }
    }

    private static int ScanTag(string text, int open, int line, int column, List<TemplateTag> tags)
    {
        if (open > 0 && text[open - 1] == '\\')
        {
            tags.Add(Tag(TemplateTagKind.Raw, string.Empty, line, column, "a \\{{ escape writes the braces and what follows them as raw text"));
            return open + 2;
        }

        if (StartsWith(text, open, "{{{{"))
        {
            tags.Add(Tag(TemplateTagKind.Raw, string.Empty, line, column, "a {{{{raw}}}} block writes its content unencoded"));
            return Skip(text, open + 4, "}}}}");
        }

        if (StartsWith(text, open, "{{{"))
        {
            tags.Add(Tag(TemplateTagKind.Raw, string.Empty, line, column, "{{{x}}} writes its value unencoded"));
            return Skip(text, open + 3, "}}}");
        }

        if (StartsWith(text, open, "{{!--"))
        {
            return Comment(text, open + 5, "--}}", line, column, tags);
        }

        if (StartsWith(text, open, "{{!"))
        {
            return Comment(text, open + 3, "}}", line, column, tags);
        }

        var close = text.IndexOf("}}", open + 2, System.StringComparison.Ordinal);
        if (close < 0)
        {
            tags.Add(Tag(TemplateTagKind.Unterminated, string.Empty, line, column, "the tag has no closing }}"));
            return text.Length;
        }

        tags.Add(Classify(text.Substring(open + 2, close - open - 2), line, column));
        return close + 2;
    }

    private static TemplateTag Classify(string content, int line, int column)
    {
        var body = content.Trim();
        if (body.StartsWith("~", System.StringComparison.Ordinal) || body.EndsWith("~", System.StringComparison.Ordinal))
        {
            return Tag(TemplateTagKind.Unsupported, body, line, column, "whitespace control (~) is not supported; lay the template out as the script should read");
        }

        if (body.Length == 0)
        {
            return Tag(TemplateTagKind.Unsupported, string.Empty, line, column, "the tag is empty");
        }

        switch (body[0])
        {
            case '&':
                return Tag(TemplateTagKind.Raw, body.Substring(1).Trim(), line, column, "{{&x}} writes its value unencoded");
            case '^':
                return body.Length == 1
                    ? Tag(TemplateTagKind.Else, "else", line, column, string.Empty)
                    : Tag(TemplateTagKind.Unsupported, body, line, column, "inverted sections ({{^x}}) are not supported; use {{#unless x}}");
            case '#':
                return WithArguments(TemplateTagKind.BlockOpen, body.Substring(1), line, column);
            case '/':
                return WithArguments(TemplateTagKind.BlockClose, body.Substring(1), line, column);
            case '>':
                return WithArguments(TemplateTagKind.Partial, body.Substring(1), line, column);
        }

        if (body == "else")
        {
            return Tag(TemplateTagKind.Else, "else", line, column, string.Empty);
        }

        return WithArguments(TemplateTagKind.Value, body, line, column);
    }

    private static TemplateTag WithArguments(TemplateTagKind kind, string body, int line, int column)
    {
        var words = new List<TemplateTagArgument>();
        var error = Split(body.Trim(), words);
        if (error is not null)
        {
            return Tag(TemplateTagKind.Unsupported, body.Trim(), line, column, error);
        }

        if (words.Count == 0 || words[0].IsLiteral)
        {
            return Tag(TemplateTagKind.Unsupported, body.Trim(), line, column, "a tag must start with a name");
        }

        var arguments = new EquatableArray<TemplateTagArgument>(words.GetRange(1, words.Count - 1));
        if (kind == TemplateTagKind.Value && arguments.Count > 0)
        {
            kind = TemplateTagKind.Helper;
        }

        return new TemplateTag(kind, words[0].Text, arguments, line, column, string.Empty);
    }

    private static string? Split(string body, List<TemplateTagArgument> words)
    {
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '"' || c == '\'')
            {
                var end = body.IndexOf(c, i + 1);
                if (end < 0)
                {
                    return "a string argument is not closed";
                }

                words.Add(new TemplateTagArgument(body.Substring(i + 1, end - i - 1), IsLiteral: true));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < body.Length && !char.IsWhiteSpace(body[i]))
            {
                i++;
            }

            var word = body.Substring(start, i - start);
            if (!IsIdentifier(word))
            {
                return $"\"{word}\" is not a plain name (paths, sub-expressions and hash arguments are not supported)";
            }

            words.Add(new TemplateTagArgument(word, IsLiteral: false));
        }

        return null;
    }

    /// <summary>True for names made of ASCII letters, digits, '-' and '_' that start with a letter.</summary>
    public static bool IsIdentifier(string word)
    {
        if (word.Length == 0 || !IsAsciiLetter(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!IsAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static int Comment(string text, int from, string terminator, int line, int column, List<TemplateTag> tags)
    {
        var end = text.IndexOf(terminator, from, System.StringComparison.Ordinal);
        if (end < 0)
        {
            tags.Add(Tag(TemplateTagKind.Unterminated, string.Empty, line, column, "the comment has no closing " + terminator));
            return text.Length;
        }

        tags.Add(Tag(TemplateTagKind.Comment, string.Empty, line, column, string.Empty));
        return end + terminator.Length;
    }

    private static int Skip(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, System.StringComparison.Ordinal);
        return end < 0 ? text.Length : end + terminator.Length;
    }

    private static bool StartsWith(string text, int at, string value) =>
        string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    private static TemplateTag Tag(TemplateTagKind kind, string name, int line, int column, string detail) =>
        new TemplateTag(kind, name, EquatableArray<TemplateTagArgument>.Empty, line, column, detail);
}
