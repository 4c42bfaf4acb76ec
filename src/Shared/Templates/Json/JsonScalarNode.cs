namespace ScriptGen.Templates.Json;

/// <summary>A JSON string, number, true, false or null. Numbers keep their source text.</summary>
public sealed class JsonScalarNode : JsonNode
{
    public JsonScalarNode(int line, int column, JsonScalarKind kind, string? text)
        : base(line, column)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>Which scalar this is.</summary>
    public JsonScalarKind Kind { get; }

    /// <summary>The unescaped string, the number's text, "true"/"false", or null for JSON null.</summary>
    public string? Text { get; }

    /// <inheritdoc />
    public override string KindName => Kind switch
    {
        JsonScalarKind.String => "string",
        JsonScalarKind.Number => "number",
        JsonScalarKind.Boolean => "boolean",
        _ => "null",
    };
}
