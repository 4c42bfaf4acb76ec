using System.Text.Json;
using ScriptGen.Core.Parameters;

namespace ScriptGen.Core.Batch;

/// <summary>
/// Reads an inventory: a JSON array of objects (the keys of --params) or a CSV file whose header row names the keys.
/// An empty CSV cell means "not given". Problems of a single row stay with that row; only an unreadable or empty
/// inventory, or a CSV header naming an unknown key, fails the whole inventory.
/// </summary>
public static class InventoryReader
{
    /// <summary>Reads <paramref name="text"/>; the format follows the file extension of <paramref name="path"/> (.csv or .json).</summary>
    public static InventoryReadResult Read(string path, string text, IReadOnlyCollection<string> knownKeys)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var result = extension switch
        {
            ".json" => ReadJson(text),
            ".csv" => ReadCsv(text, knownKeys),
            _ => new InventoryReadResult([], $"must be a .json or .csv file, not '{extension}'"),
        };
        return result.Error is null && result.Rows.Count == 0 ? result with { Error = "holds no rows" } : result;
    }

    private static InventoryReadResult ReadJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new InventoryReadResult([], "must be a JSON array of objects, one per bundle");
            }

            var rows = document.RootElement.EnumerateArray().Select((element, index) => new InventoryRow(index + 1, ParamsFileReader.ReadObject(element))).ToArray();
            return new InventoryReadResult(rows, null);
        }
        catch (JsonException ex)
        {
            return new InventoryReadResult([], $"is not valid JSON: {ex.Message}");
        }
    }

    private static InventoryReadResult ReadCsv(string text, IReadOnlyCollection<string> knownKeys)
    {
        List<(int Line, List<string> Fields)> records;
        try
        {
            records = CsvReader.Read(text);
        }
        catch (FormatException ex)
        {
            return new InventoryReadResult([], $"is not valid CSV: {ex.Message}");
        }

        if (records.Count == 0)
        {
            return new InventoryReadResult([], "holds no header row");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var unknown = header.Where(h => !knownKeys.Contains(h)).ToArray();
        if (unknown.Length > 0 || header.Distinct(StringComparer.Ordinal).Count() != header.Length)
        {
            return new InventoryReadResult([], unknown.Length > 0
                ? $"has columns that are not parameters: {string.Join(", ", unknown)} (known: {string.Join(", ", knownKeys)})"
                : "names a column twice");
        }

        var rows = new List<InventoryRow>();
        foreach (var (line, fields) in records.Skip(1))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            var errors = new List<ParameterError>();
            if (fields.Count != header.Length)
            {
                errors.Add(new ParameterError(ParamsFileReader.FileKey, null, $"has {fields.Count} fields; the header has {header.Length}"));
            }

            for (var i = 0; i < Math.Min(fields.Count, header.Length); i++)
            {
                values[header[i]] = fields[i].Length == 0 ? null : fields[i];
            }

            rows.Add(new InventoryRow(rows.Count + 1, new RawParameters(values, errors)));
        }

        return new InventoryReadResult(rows, null);
    }
}
