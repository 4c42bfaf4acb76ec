using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScriptGen.Core.Json;

/// <summary>
/// Writes every JSON document ScriptGen produces with the same fixed form: two-space indentation, LF line breaks on
/// every OS, no needless escaping, one final line break. Fixed bytes are what makes bundles reproducible.
/// </summary>
public static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The UTF-8 bytes (no byte-order mark) of the document that <paramref name="write"/> writes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes a string property, or null when the value is absent.</summary>
    public static void WriteNullableString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
