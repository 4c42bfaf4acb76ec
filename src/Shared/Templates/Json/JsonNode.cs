namespace ScriptGen.Templates.Json;

/// <summary>A value of a parsed JSON document with the 1-based line and column where it starts.</summary>
public abstract class JsonNode
{
    protected JsonNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the value's first character.</summary>
    public int Column { get; }

    /// <summary>A short name of the value's JSON type, for messages ("string", "array", ...).</summary>
    public abstract string KindName { get; }
}
