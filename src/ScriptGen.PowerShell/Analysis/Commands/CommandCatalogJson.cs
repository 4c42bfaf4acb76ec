using System.Text.Json;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// Reads the catalogue's JSON in two steps: <see cref="Index"/> keeps only names, aliases and where each command's
/// object lies; <see cref="ReadCommand"/> reads one command's object when it is looked up. A script names a few dozen
/// of the catalogue's two thousand commands, and reading all of them took a cold process about 25 ms.
/// </summary>
internal static class CommandCatalogJson
{
    /// <summary>Adds the commands, built-in functions and other aliases of <paramref name="json"/> to the lists given.</summary>
    public static void Index(byte[] json, List<CommandEntry> commands, List<string> functions, List<KeyValuePair<string, string>> otherAliases)
    {
        var reader = new Utf8JsonReader(json);
        Expect(ref reader, JsonTokenType.StartObject);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("commands"u8))
            {
                Expect(ref reader, JsonTokenType.StartArray);
                while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
                {
                    commands.Add(IndexCommand(ref reader, json));
                }
            }
            else if (reader.ValueTextEquals("functions"u8))
            {
                functions.AddRange(ReadStrings(ref reader));
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (NextProperty(ref reader))
                {
                    var alias = reader.GetString()!;
                    otherAliases.Add(new(alias, ReadString(ref reader)));
                }
            }
            else
            {
                SkipValue(ref reader);
            }
        }
    }

    /// <summary>The command whose object is the <paramref name="length"/> bytes at <paramref name="start"/> of <paramref name="json"/>.</summary>
    public static CommandInfo ReadCommand(byte[] json, int start, int length)
    {
        var reader = new Utf8JsonReader(json.AsSpan(start, length));
        Expect(ref reader, JsonTokenType.StartObject);
        string? name = null;
        string? module = null;
        bool? commonParameters = null;
        string[] parameters = [];
        string[] aliases = [];
        var parameterAliases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        var versions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("module"u8))
            {
                module = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("commonParameters"u8))
            {
                reader.Read();
                commonParameters = reader.GetBoolean();
            }
            else if (reader.ValueTextEquals("parameters"u8))
            {
                parameters = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("parameterAliases"u8))
            {
                parameterAliases = ReadMap(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                aliases = ReadStrings(ref reader);
            }
            else if (reader.ValueTextEquals("versions"u8))
            {
                versions = ReadMap(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        if (name is null || module is null || commonParameters is null)
        {
            throw new InvalidDataException($"A command at byte {start} of the command catalogue lacks name, module or commonParameters.");
        }

        return new CommandInfo(name, module, commonParameters.Value, parameters, parameterAliases, aliases, versions);
    }

    private static CommandEntry IndexCommand(ref Utf8JsonReader reader, byte[] json)
    {
        var start = (int)reader.TokenStartIndex;
        string? name = null;
        string[] aliases = [];
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("name"u8))
            {
                name = ReadString(ref reader);
            }
            else if (reader.ValueTextEquals("aliases"u8))
            {
                aliases = ReadStrings(ref reader);
            }
            else
            {
                SkipValue(ref reader);
            }
        }

        var length = (int)reader.BytesConsumed - start;
        return new CommandEntry(
            name ?? throw new InvalidDataException($"A command at byte {start} of the command catalogue has no name."),
            aliases,
            () => ReadCommand(json, start, length));
    }

    // Moves to the next property name of the current object; false at the object's end.
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new InvalidDataException($"The command catalogue has {reader.TokenType} at byte {reader.TokenStartIndex} where {type} belongs.");
        }
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static string[] ReadStrings(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartArray);
        var values = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            values.Add(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new InvalidDataException($"The command catalogue has {reader.TokenType} at byte {reader.TokenStartIndex} in a list of names.");
        }

        return [.. values];
    }

    // A name-to-names map (parameter aliases, parameters by version), looked up ignoring case.
    private static Dictionary<string, IReadOnlyList<string>> ReadMap(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        var map = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        while (NextProperty(ref reader))
        {
            var key = reader.GetString()!;
            map.Add(key, ReadStrings(ref reader));
        }

        return map;
    }
}
