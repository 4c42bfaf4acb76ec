using System;

namespace ScriptGen.Templates.Json;

/// <summary>The text is not valid JSON; carries the 1-based position of the first problem.</summary>
public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; }
}
