using System.Collections.Generic;

namespace ScriptGen.Templates.Json;

/// <summary>A JSON object; members keep their document order. Duplicate names are reported by the reader.</summary>
public sealed class JsonObjectNode : JsonNode
{
    public JsonObjectNode(int line, int column, IReadOnlyList<KeyValuePair<string, JsonNode>> members)
        : base(line, column) => Members = members;

    /// <summary>The members in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; }

    /// <inheritdoc />
    public override string KindName => "object";

    /// <summary>The value of the member called <paramref name="name"/> (case-sensitive), or null.</summary>
    public JsonNode? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
            {
                return member.Value;
            }
        }

        return null;
    }
}
