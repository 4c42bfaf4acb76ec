using System.Text.Json;

namespace ScriptGen.Core.Parameters;

/// <summary>
/// Reads a --params file: one JSON object whose keys are parameter names (camelCase) and whose values are strings
/// (null means "not given"). Anything else is reported against its key; nothing is guessed.
/// </summary>
public static class ParamsFileReader
{
    /// <summary>The pseudo-key that file-level problems (unreadable JSON, not an object) are reported under.</summary>
    public const string FileKey = "params";

    /// <summary>Reads the JSON text of a params file.</summary>
    public static RawParameters Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            return ReadObject(document.RootElement);
        }
        catch (JsonException ex)
        {
            return new RawParameters(new Dictionary<string, string?>(), [new ParameterError(FileKey, null, $"is not valid JSON: {ex.Message}")]);
        }
    }

    /// <summary>Reads one JSON object of parameter values (a params file, or one inventory row).</summary>
    public static RawParameters ReadObject(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new RawParameters(new Dictionary<string, string?>(), [new ParameterError(FileKey, null, "must be a JSON object of parameter names and string values")]);
        }

        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var errors = new List<ParameterError>();
        foreach (var property in element.EnumerateObject())
        {
            if (values.ContainsKey(property.Name))
            {
                errors.Add(new ParameterError(property.Name, null, "appears twice"));
                continue;
            }

            switch (property.Value.ValueKind)
            {
                case JsonValueKind.String:
                    values[property.Name] = property.Value.GetString();
                    break;
                case JsonValueKind.Null:
                    values[property.Name] = null;
                    break;
                default:
                    errors.Add(new ParameterError(property.Name, property.Value.GetRawText(), $"must be a string, not a JSON {property.Value.ValueKind.ToString().ToLowerInvariant()}"));
                    break;
            }
        }

        return new RawParameters(values, errors);
    }
}
