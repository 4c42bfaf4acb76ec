using System.Collections.Generic;
using ScriptGen.Templates.Generator.Helpers;
using ScriptGen.Templates.Generator.Model;
using static ScriptGen.Templates.Generator.Helpers.CSharpLiteral;

namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>
/// Writes <c>&lt;Stem&gt;TemplateSet</c>: the set's declaration and files as C# values, so the built-in catalog
/// needs no parsing or checking at run time.
/// </summary>
internal static class TemplateSetEmitter
{
    /// <summary>The generated class name for a set.</summary>
    public static string ClassName(string typeStem) => typeStem + "TemplateSet";

    /// <summary>The source of the set's class.</summary>
    public static string Emit(TemplateSetSpec set, GeneratorSettings settings)
    {
        var declaration = set.Declaration;
        var writer = GeneratedFile.Start(settings.Namespace, $"the template set \"{declaration.Id}\"");
        writer.Line($"/// <summary>The built-in template set <c>{XmlDoc(declaration.Id)}</c>: {XmlDoc(declaration.Title)}. Checked when ScriptGen was built.</summary>");
        writer.Line(GeneratedFile.Attribute);
        writer.Line($"public static class {ClassName(set.TypeStem)}");
        writer.Open();
        writer.Line("/// <summary>The set's id.</summary>");
        writer.Line($"public const string Id = {String(declaration.Id)};");
        writer.Line();
        writer.Line("/// <summary>What template-set.json declares, equal to what the shared reader reads from it.</summary>");
        writer.Line($"public static {TypeNames.TemplateSetDeclaration} Declaration {{ get; }} = CreateDeclaration();");
        writer.Line();
        writer.Line("/// <summary>The set: its declaration and every file with its text and the SHA-256 of its bytes.</summary>");
        writer.Line($"public static {TypeNames.TemplateSet} Set {{ get; }} = new {TypeNames.TemplateSet}(Declaration, CreateFiles(), {TypeNames.TemplateSetOrigin}.BuiltIn);");
        writer.Line();
        WriteExpressionMethod(writer, TypeNames.TemplateSetDeclaration, "CreateDeclaration", DeclarationWriter.Write(declaration));
        writer.Line();
        WriteFiles(writer, set.Files);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteExpressionMethod(SourceWriter writer, string type, string name, List<string> expression)
    {
        writer.Line($"private static {type} {name}() => {expression[0]}");
        for (var i = 1; i < expression.Count; i++)
        {
            writer.Line(expression[i] + (i == expression.Count - 1 ? ";" : string.Empty));
        }
    }

    private static void WriteFiles(SourceWriter writer, EquatableArray<TemplateFileSpec> files)
    {
        var dictionary = $"{TypeNames.Dictionary}<string, {TypeNames.TemplateFile}>";
        writer.Line($"private static {TypeNames.ReadOnlyDictionary}<string, {TypeNames.TemplateFile}> CreateFiles() => new {dictionary}({TypeNames.StringComparer}.Ordinal)");
        writer.Open();
        foreach (var file in files)
        {
            writer.Line($"[{String(file.Path)}] = new {TypeNames.TemplateFile}(");
            writer.Indent();
            writer.Line($"Path: {String(file.Path)},");
            writer.Line($"Sha256: {String(file.Sha256)},");
            writer.Line("Text:");
            writer.Indent();
            var lines = CSharpLiteral.Lines(file.Text);
            for (var i = 0; i < lines.Count; i++)
            {
                writer.Line(lines[i] + (i == lines.Count - 1 ? ")," : " +"));
            }

            writer.Outdent();
            writer.Outdent();
        }

        writer.Close(";");
    }
}
