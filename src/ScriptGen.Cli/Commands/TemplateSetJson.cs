using ScriptGen.Core.Catalog;
using ScriptGen.Core.Json;

namespace ScriptGen.Cli.Commands;

/// <summary>The JSON form of `templates show --format json`: the set's parameters, variants, steps and file hashes.</summary>
public static class TemplateSetJson
{
    /// <summary>The UTF-8 JSON describing <paramref name="set"/>.</summary>
    public static byte[] Write(TemplateSet set) => JsonOutput.Write(writer =>
    {
        var declaration = set.Declaration;
        writer.WriteStartObject();
        writer.WriteString("id", set.Id);
        writer.WriteString("title", declaration.Title);
        writer.WriteStartArray("parameters");
        foreach (var parameter in declaration.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("name", parameter.Name);
            writer.WriteString("type", char.ToLowerInvariant(parameter.Kind.ToString()[0]) + parameter.Kind.ToString()[1..]);
            writer.WriteBoolean("required", parameter.Required);
            writer.WriteNullableString("default", parameter.Default);
            writer.WriteStartArray("values");
            parameter.AllowedValues.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            writer.WriteString("description", parameter.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("variants");
        foreach (var variant in declaration.Variants)
        {
            writer.WriteStartObject();
            writer.WriteString("id", variant.Id);
            writer.WriteString("title", variant.Title);
            writer.WriteBoolean("default", variant.IsDefault);
            writer.WriteBoolean("retired", variant.IsRetired);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var step in declaration.Steps)
        {
            writer.WriteStartObject();
            writer.WriteString("id", step.Id);
            writer.WriteString("script", step.Script);
            writer.WriteString("title", step.Title);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("files");
        foreach (var file in set.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            writer.WriteStartObject();
            writer.WriteString("path", file.Path);
            writer.WriteString("sha256", file.Sha256);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });
}
