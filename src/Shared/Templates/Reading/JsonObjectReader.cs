using System.Collections.Generic;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Json;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Reading;

/// <summary>
/// Reads typed members of one JSON object and records a problem for each missing, mistyped or unknown member,
/// so one pass over a declaration reports every schema error, not just the first.
/// </summary>
public sealed class JsonObjectReader
{
    private readonly JsonObjectNode _node;
    private readonly string _path;
    private readonly string _what;
    private readonly List<TemplateProblem> _problems;
    private readonly HashSet<string> _known = new HashSet<string>();

    public JsonObjectReader(JsonObjectNode node, string path, string what, List<TemplateProblem> problems)
    {
        _node = node;
        _path = path;
        _what = what;
        _problems = problems;
    }

    /// <summary>The list every problem of this document is added to; nested readers share it.</summary>
    public List<TemplateProblem> Problems => _problems;

    /// <summary>Where the object starts.</summary>
    public SourceLocation Location => new SourceLocation(_path, _node.Line, _node.Column);

    /// <summary>A required string member; records a problem and returns "" when it is missing or not a non-empty string.</summary>
    public string RequiredString(string name)
    {
        var value = OptionalString(name);
        if (value is null && _node.Get(name) is null)
        {
            Report(Location, $"{_what} needs the member \"{name}\".");
        }

        if (value is not null && value.Trim().Length == 0)
        {
            Report(LocationOf(_node.Get(name)!), $"{_what}: \"{name}\" must not be empty.");
        }

        return value ?? string.Empty;
    }

    /// <summary>An optional string member: null when absent or JSON null.</summary>
    public string? OptionalString(string name)
    {
        var node = Member(name);
        if (node is null || node is JsonScalarNode { Kind: JsonScalarKind.Null })
        {
            return null;
        }

        if (node is JsonScalarNode { Kind: JsonScalarKind.String } scalar)
        {
            return scalar.Text;
        }

        Report(LocationOf(node), $"{_what}: \"{name}\" must be a string, not {node.KindName}.");
        return null;
    }

    /// <summary>An optional boolean member, false when absent.</summary>
    public bool OptionalBoolean(string name)
    {
        var node = Member(name);
        if (node is null)
        {
            return false;
        }

        if (node is JsonScalarNode { Kind: JsonScalarKind.Boolean } scalar)
        {
            return scalar.Text == "true";
        }

        Report(LocationOf(node), $"{_what}: \"{name}\" must be true or false, not {node.KindName}.");
        return false;
    }

    /// <summary>An optional array of strings; empty when absent.</summary>
    public EquatableArray<string> StringArray(string name)
    {
        var items = new List<string>();
        foreach (var item in Array(name))
        {
            if (item is JsonScalarNode { Kind: JsonScalarKind.String } scalar)
            {
                items.Add(scalar.Text!);
            }
            else
            {
                Report(LocationOf(item), $"{_what}: every item of \"{name}\" must be a string, not {item.KindName}.");
            }
        }

        return new EquatableArray<string>(items);
    }

    /// <summary>The items of an optional array member; empty when absent.</summary>
    public IReadOnlyList<JsonNode> Array(string name)
    {
        var node = Member(name);
        if (node is null)
        {
            return System.Array.Empty<JsonNode>();
        }

        if (node is JsonArrayNode array)
        {
            return array.Items;
        }

        Report(LocationOf(node), $"{_what}: \"{name}\" must be an array, not {node.KindName}.");
        return System.Array.Empty<JsonNode>();
    }

    /// <summary>An optional object member; null when absent (a problem is recorded when it is not an object).</summary>
    public JsonObjectNode? Object(string name)
    {
        var node = Member(name);
        if (node is null || node is JsonObjectNode)
        {
            return (JsonObjectNode?)node;
        }

        Report(LocationOf(node), $"{_what}: \"{name}\" must be an object, not {node.KindName}.");
        return null;
    }

    /// <summary>Records a problem for every member that no accessor asked for. Call once, after reading.</summary>
    public void RejectUnknownMembers()
    {
        foreach (var member in _node.Members)
        {
            if (!_known.Contains(member.Key))
            {
                Report(LocationOf(member.Value), $"{_what}: unknown member \"{member.Key}\".");
            }
        }
    }

    /// <summary>Records a schema problem at a location.</summary>
    public void Report(SourceLocation location, string message) =>
        _problems.Add(new TemplateProblem(TemplateProblems.InvalidDeclaration, message, location));

    /// <summary>The location of a node of this file.</summary>
    public SourceLocation LocationOf(JsonNode node) => new SourceLocation(_path, node.Line, node.Column);

    private JsonNode? Member(string name)
    {
        _known.Add(name);
        return _node.Get(name);
    }
}
