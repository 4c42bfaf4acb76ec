using System.Collections.Generic;

namespace ScriptGen.Templates.Json;

/// <summary>A JSON array.</summary>
public sealed class JsonArrayNode : JsonNode
{
    public JsonArrayNode(int line, int column, IReadOnlyList<JsonNode> items)
        : base(line, column) => Items = items;

    /// <summary>The items in document order.</summary>
    public IReadOnlyList<JsonNode> Items { get; }

    /// <inheritdoc />
    public override string KindName => "array";
}
