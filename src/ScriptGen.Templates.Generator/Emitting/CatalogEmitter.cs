using ScriptGen.Templates.Generator.Model;

namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>Writes <c>GeneratedTemplateSets</c>, the list of every built-in set; written even when there are none.</summary>
internal static class CatalogEmitter
{
    /// <summary>The generated class name.</summary>
    public const string ClassName = "GeneratedTemplateSets";

    /// <summary>The source of the catalog class.</summary>
    public static string Emit(EquatableArray<CatalogEntry> entries, GeneratorSettings settings)
    {
        var writer = GeneratedFile.Start(settings.Namespace, "the templates folder");
        writer.Line("/// <summary>Every template set under templates/, checked and embedded when ScriptGen was built.</summary>");
        writer.Line(GeneratedFile.Attribute);
        writer.Line($"public static class {ClassName}");
        writer.Open();
        writer.Line("/// <summary>The sets, ordered by id.</summary>");
        if (entries.Count == 0)
        {
            writer.Line($"public static {TypeNames.ReadOnlyList}<{TypeNames.TemplateSet}> All {{ get; }} = global::System.Array.Empty<{TypeNames.TemplateSet}>();");
        }
        else
        {
            writer.Line($"public static {TypeNames.ReadOnlyList}<{TypeNames.TemplateSet}> All {{ get; }} = new {TypeNames.TemplateSet}[]");
            writer.Open();
            foreach (var entry in entries)
            {
                writer.Line($"{TemplateSetEmitter.ClassName(entry.TypeStem)}.Set,");
            }

            writer.Close(";");
        }

        writer.Close();
        return writer.ToString();
    }
}
