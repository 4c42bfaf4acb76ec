using System.Collections.Generic;
using ScriptGen.Templates.Generator.Helpers;
using ScriptGen.Templates.Generator.Model;
using ScriptGen.Templates.Model;
using static ScriptGen.Templates.Generator.Helpers.CSharpLiteral;

namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>
/// Writes <c>&lt;Stem&gt;Parameters</c>, a record with one typed property per declared parameter, plus an enum per
/// enum parameter and one for the variants. Validation is not generated: the record turns into raw values and goes
/// through ScriptGen.Core's one ParameterValidator with the set's declaration.
/// </summary>
internal static class ParametersEmitter
{
    /// <summary>The generated record name for a set.</summary>
    public static string ClassName(string typeStem) => typeStem + "Parameters";

    /// <summary>The source of the set's parameter record and enums.</summary>
    public static string Emit(TemplateSetSpec set, GeneratorSettings settings)
    {
        var declaration = set.Declaration;
        var record = ClassName(set.TypeStem);
        var setClass = TemplateSetEmitter.ClassName(set.TypeStem);
        var variantEnum = set.TypeStem + "Variant";
        var writer = GeneratedFile.Start(settings.Namespace, $"the parameters of the template set \"{declaration.Id}\"");
        writer.Line($"/// <summary>The parameters of the template set <c>{XmlDoc(declaration.Id)}</c>, typed. <see cref=\"Validate\"/> checks them with ScriptGen's one parameter validator.</summary>");
        writer.Line(GeneratedFile.Attribute);
        writer.Line($"public sealed record {record}");
        writer.Open();
        foreach (var parameter in declaration.Parameters)
        {
            WriteProperty(writer, set.TypeStem, parameter);
        }

        var defaultVariant = DefaultVariant(declaration);
        writer.Line($"/// <summary>The variant to generate; null means the default, <c>{XmlDoc(defaultVariant)}</c>.</summary>");
        writer.Line($"public {variantEnum}? Variant {{ get; init; }}");
        writer.Line();
        WriteToRawValues(writer, set.TypeStem, declaration, variantEnum);
        writer.Line();
        writer.Line("/// <summary>Validates these values against the set's declaration with the one ParameterValidator; a retired variant passes only with <paramref name=\"allowRetired\"/>.</summary>");
        writer.Line($"public {TypeNames.ParameterValidationResult} Validate(bool allowRetired = false) =>");
        writer.Line($"    {TypeNames.ParameterValidator}.Validate({setClass}.Declaration, ToRawValues(), allowRetired);");
        writer.Line();
        WriteFromValues(writer, set.TypeStem, record, declaration, variantEnum);
        writer.Close();
        foreach (var parameter in declaration.Parameters)
        {
            if (parameter.Kind == ParameterKind.Enum)
            {
                writer.Line();
                WriteEnum(writer, EnumName(set.TypeStem, parameter), $"The values of <c>{XmlDoc(parameter.Name)}</c> in the template set <c>{XmlDoc(declaration.Id)}</c>.", EnumMembers(parameter));
            }
        }

        writer.Line();
        WriteEnum(writer, variantEnum, $"The variants of the template set <c>{XmlDoc(declaration.Id)}</c>.", VariantMembers(declaration));
        return writer.ToString();
    }

    private static void WriteProperty(SourceWriter writer, string typeStem, ParameterDeclaration parameter)
    {
        writer.Line($"/// <summary>{XmlDoc(parameter.Description)} {XmlDoc(Rule(parameter))}</summary>");
        var type = parameter.Kind == ParameterKind.Enum ? EnumName(typeStem, parameter) : "string";
        writer.Line(parameter.Required
            ? $"public required {type} {Identifiers.Pascal(parameter.Name)} {{ get; init; }}"
            : $"public {type}? {Identifiers.Pascal(parameter.Name)} {{ get; init; }}");
        writer.Line();
    }

    private static string Rule(ParameterDeclaration parameter)
    {
        var need = parameter.Required ? "Required."
            : parameter.RequiredWhen is not null ? $"Required when {parameter.RequiredWhen.Parameter} is {string.Join(" or ", parameter.RequiredWhen.Values)}."
            : "Optional.";
        var shape = parameter.Kind switch
        {
            ParameterKind.DnsName => "A DNS name of at least two labels.",
            ParameterKind.Fqdn => "A fully qualified host name.",
            ParameterKind.FolderName => "A folder name: ASCII letters, digits and hyphens, at most 32.",
            ParameterKind.HttpsUri => "An absolute https URI.",
            ParameterKind.Enum => $"One of {string.Join(", ", parameter.AllowedValues)}.",
            _ => $"Matches {parameter.Pattern}.",
        };
        var fallback = parameter.Default is null ? string.Empty : $" Default: {parameter.Default}.";
        return $"{need} {shape}{fallback} Key \"{parameter.Name}\".";
    }

    private static void WriteToRawValues(SourceWriter writer, string typeStem, TemplateSetDeclaration declaration, string variantEnum)
    {
        writer.Line("/// <summary>The values as raw strings keyed by parameter name, as a --params file gives them; null values are left out.</summary>");
        writer.Line($"public {TypeNames.ReadOnlyDictionary}<string, string?> ToRawValues()");
        writer.Open();
        writer.Line($"var raw = new {TypeNames.Dictionary}<string, string?>({TypeNames.StringComparer}.Ordinal);");
        foreach (var parameter in declaration.Parameters)
        {
            var property = Identifiers.Pascal(parameter.Name);
            writer.Line($"if ({property} is not null)");
            writer.Open();
            if (parameter.Kind == ParameterKind.Enum)
            {
                WriteEnumToText(writer, $"raw[{String(parameter.Name)}]", property, EnumName(typeStem, parameter), EnumMembers(parameter));
            }
            else
            {
                writer.Line($"raw[{String(parameter.Name)}] = {property};");
            }

            writer.Close();
        }

        writer.Line("if (Variant is not null)");
        writer.Open();
        WriteEnumToText(writer, $"raw[{String(BuiltInValues.Variant)}]", "Variant", variantEnum, VariantMembers(declaration));
        writer.Close();
        writer.Line("return raw;");
        writer.Close();
    }

    private static void WriteEnumToText(SourceWriter writer, string target, string property, string enumName, List<KeyValuePair<string, string>> members)
    {
        writer.Line($"{target} = {property}.Value switch");
        writer.Open();
        foreach (var member in members)
        {
            writer.Line($"{enumName}.{member.Key} => {String(member.Value)},");
        }

        writer.Line($"_ => throw new {TypeNames.ArgumentOutOfRangeException}({String(property)}, {property}.Value, \"Not a value of {enumName}.\"),");
        writer.Close(";");
    }

    private static void WriteFromValues(SourceWriter writer, string typeStem, string record, TemplateSetDeclaration declaration, string variantEnum)
    {
        writer.Line($"/// <summary>The typed form of values that ParameterValidator accepted for this set (see <see cref=\"Validate\"/>).</summary>");
        writer.Line($"public static {record} FromValues({TypeNames.ParameterValues} values) => new {record}");
        writer.Open();
        foreach (var parameter in declaration.Parameters)
        {
            var property = Identifiers.Pascal(parameter.Name);
            var value = $"values[{String(parameter.Name)}]";
            if (parameter.Kind == ParameterKind.Enum)
            {
                WriteTextToEnum(writer, property, value, parameter.Required, EnumName(typeStem, parameter), EnumMembers(parameter));
            }
            else if (parameter.Required)
            {
                writer.Line($"{property} = {value} ?? throw new {TypeNames.ArgumentException}({String($"The values have no {parameter.Name}; validate them first.")}, nameof(values)),");
            }
            else
            {
                writer.Line($"{property} = {value},");
            }
        }

        WriteTextToEnum(writer, "Variant", "values.Variant", required: true, variantEnum, VariantMembers(declaration));
        writer.Close(";");
    }

    private static void WriteTextToEnum(SourceWriter writer, string property, string value, bool required, string enumName, List<KeyValuePair<string, string>> members)
    {
        writer.Line($"{property} = {value} switch");
        writer.Open();
        if (!required)
        {
            writer.Line("null => null,");
        }

        foreach (var member in members)
        {
            writer.Line($"{String(member.Value)} => {enumName}.{member.Key},");
        }

        writer.Line($"var other => throw new {TypeNames.ArgumentException}(\"Not a value of {enumName}: \" + other, nameof(values)),");
        writer.Close(",");
    }

    private static void WriteEnum(SourceWriter writer, string name, string summary, List<KeyValuePair<string, string>> members)
    {
        writer.Line($"/// <summary>{summary}</summary>");
        writer.Line(GeneratedFile.Attribute);
        writer.Line($"public enum {name}");
        writer.Open();
        foreach (var member in members)
        {
            writer.Line($"/// <summary><c>{XmlDoc(member.Value)}</c></summary>");
            writer.Line(member.Key + ",");
        }

        writer.Close();
    }

    private static string EnumName(string typeStem, ParameterDeclaration parameter) => typeStem + Identifiers.Pascal(parameter.Name);

    private static List<KeyValuePair<string, string>> EnumMembers(ParameterDeclaration parameter)
    {
        var members = new List<KeyValuePair<string, string>>();
        foreach (var value in parameter.AllowedValues)
        {
            members.Add(new KeyValuePair<string, string>(Identifiers.Pascal(value), value));
        }

        return members;
    }

    private static List<KeyValuePair<string, string>> VariantMembers(TemplateSetDeclaration declaration)
    {
        var members = new List<KeyValuePair<string, string>>();
        foreach (var variant in declaration.Variants)
        {
            members.Add(new KeyValuePair<string, string>(Identifiers.Pascal(variant.Id), variant.Id));
        }

        return members;
    }

    private static string DefaultVariant(TemplateSetDeclaration declaration)
    {
        foreach (var variant in declaration.Variants)
        {
            if (variant.IsDefault)
            {
                return variant.Id;
            }
        }

        return string.Empty;
    }
}
