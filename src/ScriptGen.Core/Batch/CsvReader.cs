using System.Text;

namespace ScriptGen.Core.Batch;

/// <summary>
/// RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks, a
/// doubled quote for a quote. Returns records with the 1-based line each starts on.
/// </summary>
public static class CsvReader
{
    /// <summary>The records of <paramref name="text"/>; throws <see cref="FormatException"/> on an unterminated quote.</summary>
    public static List<(int Line, List<string> Fields)> Read(string text)
    {
        var records = new List<(int, List<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        for (; position < text.Length; position++)
        {
            var c = text[position];
            if (quoted)
            {
                if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRecord(records, recordLine, fields);
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new FormatException($"line {recordLine}: a quoted field is not closed");
        }

        fields.Add(field.ToString());
        AddRecord(records, recordLine, fields);
        return records;
    }

    private static void AddRecord(List<(int, List<string>)> records, int line, List<string> fields)
    {
        if (fields.Count > 1 || fields[0].Length > 0)
        {
            records.Add((line, fields));
        }
    }
}
