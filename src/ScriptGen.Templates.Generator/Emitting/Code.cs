using System.Collections.Generic;

namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>
/// Builds C# expressions as lines, so nested constructor calls and arrays indent themselves. The first line of an
/// expression continues whatever precedes it; the lines after it are indented relative to that.
/// </summary>
internal static class Code
{
    private const string Indent = "    ";

    /// <summary>A one-line expression.</summary>
    public static List<string> Line(string text) => new List<string> { text };

    /// <summary><c>new Type(Name: value, ...)</c> with one argument per line.</summary>
    public static List<string> New(string type, params KeyValuePair<string, List<string>>[] arguments)
    {
        var lines = new List<string> { "new " + type + "(" };
        for (var i = 0; i < arguments.Length; i++)
        {
            var value = arguments[i].Value;
            var end = i == arguments.Length - 1 ? ")" : ",";
            lines.Add(Indent + arguments[i].Key + ": " + value[0] + (value.Count == 1 ? end : string.Empty));
            for (var j = 1; j < value.Count; j++)
            {
                lines.Add(Indent + value[j] + (j == value.Count - 1 ? end : string.Empty));
            }
        }

        return lines;
    }

    /// <summary>A named argument for <see cref="New"/>.</summary>
    public static KeyValuePair<string, List<string>> Arg(string name, List<string> value) => new KeyValuePair<string, List<string>>(name, value);

    /// <summary>A named argument whose value is one line.</summary>
    public static KeyValuePair<string, List<string>> Arg(string name, string value) => Arg(name, Line(value));

    /// <summary>An <c>EquatableArray</c> of the items, or its <c>Empty</c> when there are none.</summary>
    public static List<string> Array(string elementType, IReadOnlyList<List<string>> items)
    {
        var arrayType = TypeNames.EquatableArray + "<" + elementType + ">";
        if (items.Count == 0)
        {
            return Line(arrayType + ".Empty");
        }

        var lines = new List<string> { "new " + arrayType + "(new " + elementType + "[]", "{" };
        foreach (var item in items)
        {
            for (var j = 0; j < item.Count; j++)
            {
                lines.Add(Indent + item[j] + (j == item.Count - 1 ? "," : string.Empty));
            }
        }

        lines.Add("})");
        return lines;
    }
}
