using System.Collections.Generic;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Json;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Reading;

/// <summary>
/// Turns the text of <c>template-set.json</c> into a <see cref="TemplateSetDeclaration"/>, reporting every member
/// that is missing, mistyped or unknown. Cross-references are the <see cref="TemplateSetChecker"/>'s job.
/// </summary>
public static class DeclarationReader
{
    /// <summary>The file name of a template set's declaration.</summary>
    public const string FileName = "template-set.json";

    /// <summary>Reads a declaration; <paramref name="path"/> names the file in problems.</summary>
    public static DeclarationReadResult Read(string json, string path = FileName)
    {
        var problems = new List<TemplateProblem>();
        JsonNode root;
        try
        {
            root = JsonReader.Parse(json);
        }
        catch (JsonSyntaxException ex)
        {
            problems.Add(new TemplateProblem(TemplateProblems.InvalidJson, ex.Message, new SourceLocation(path, ex.Line, ex.Column)));
            return new DeclarationReadResult(null, problems);
        }

        if (root is not JsonObjectNode rootObject)
        {
            problems.Add(new TemplateProblem(TemplateProblems.InvalidDeclaration, "The declaration must be a JSON object.", new SourceLocation(path, root.Line, root.Column)));
            return new DeclarationReadResult(null, problems);
        }

        var reader = new JsonObjectReader(rootObject, path, "The template set", problems);
        var declaration = new TemplateSetDeclaration(
            reader.RequiredString("id"),
            reader.RequiredString("title"),
            reader.RequiredString("description"),
            ReadEach(reader, "parameters", "A parameter", path, problems, ReadParameter),
            ReadEach(reader, "variants", "A variant", path, problems, ReadVariant),
            ReadEach(reader, "steps", "A step", path, problems, ReadStep),
            ReadEach(reader, "advisories", "An advisory", path, problems, ReadAdvisory),
            ReadEach(reader, "lookups", "A lookup table", path, problems, ReadLookup),
            ReadChange(reader, path, problems));
        reader.RejectUnknownMembers();
        return new DeclarationReadResult(declaration, problems);
    }

    private static EquatableArray<T> ReadEach<T>(
        JsonObjectReader parent,
        string member,
        string what,
        string path,
        List<TemplateProblem> problems,
        System.Func<JsonObjectReader, T> read)
        where T : System.IEquatable<T>
    {
        var items = new List<T>();
        foreach (var node in parent.Array(member))
        {
            if (node is JsonObjectNode obj)
            {
                var reader = new JsonObjectReader(obj, path, what, problems);
                items.Add(read(reader));
                reader.RejectUnknownMembers();
            }
            else
            {
                parent.Report(parent.LocationOf(node), $"Every item of \"{member}\" must be an object, not {node.KindName}.");
            }
        }

        return new EquatableArray<T>(items);
    }

    private static ParameterDeclaration ReadParameter(JsonObjectReader reader)
    {
        var location = reader.Location;
        var name = reader.RequiredString("name");
        var typeName = reader.RequiredString("type");
        var kind = ParseParameterKind(typeName);
        if (kind is null && typeName.Length > 0)
        {
            reader.Report(location, $"Parameter \"{name}\": unknown type \"{typeName}\" (expected dnsName, fqdn, folderName, httpsUri, enum or text).");
        }

        return new ParameterDeclaration(
            name,
            kind ?? ParameterKind.Text,
            reader.OptionalBoolean("required"),
            ReadCondition(reader, "requiredWhen"),
            reader.OptionalString("default"),
            reader.StringArray("values"),
            reader.OptionalString("pattern"),
            reader.RequiredString("description"),
            reader.OptionalString("example"),
            location);
    }

    private static VariantDeclaration ReadVariant(JsonObjectReader reader) => new VariantDeclaration(
        reader.RequiredString("id"),
        reader.RequiredString("title"),
        reader.RequiredString("description"),
        reader.OptionalBoolean("default"),
        reader.OptionalBoolean("retired"));

    private static StepDeclaration ReadStep(JsonObjectReader reader)
    {
        var location = reader.Location;
        var id = reader.RequiredString("id");
        var title = reader.RequiredString("title");
        var script = reader.RequiredString("script");
        var shared = ReadImplementationParts(reader, null, templateRequired: false);
        var implementations = new List<StepImplementation>();
        var variants = reader.Object("variants");
        if (variants is null)
        {
            if (shared.Template is null)
            {
                reader.Report(location, $"Step \"{id}\" needs \"template\" (or \"variants\").");
            }

            implementations.Add(shared.ToImplementation(null, reader, id, location));
        }
        else
        {
            if (shared.Template is not null)
            {
                reader.Report(location, $"Step \"{id}\" has both \"template\" and \"variants\"; give the template per variant.");
            }

            foreach (var member in variants.Members)
            {
                if (member.Value is not JsonObjectNode variantObject)
                {
                    reader.Report(reader.LocationOf(member.Value), $"Step \"{id}\": variant \"{member.Key}\" must be an object.");
                    continue;
                }

                var variantReader = new JsonObjectReader(variantObject, location.Path, $"Step \"{id}\", variant \"{member.Key}\"", reader.Problems);
                var parts = ReadImplementationParts(variantReader, shared, templateRequired: true);
                variantReader.RejectUnknownMembers();
                implementations.Add(parts.ToImplementation(member.Key, variantReader, id, variantReader.Location));
            }
        }

        return new StepDeclaration(
            id,
            title,
            script,
            new EquatableArray<StepImplementation>(implementations),
            reader.RequiredString("expectedOutput"),
            reader.RequiredString("verification"),
            location);
    }

    private static ImplementationParts ReadImplementationParts(JsonObjectReader reader, ImplementationParts? fallback, bool templateRequired)
    {
        var shellName = reader.OptionalString("shell");
        ShellKind? shell = null;
        if (shellName is not null)
        {
            shell = ParseShell(shellName);
            if (shell is null)
            {
                reader.Report(reader.Location, $"Unknown shell \"{shellName}\" (expected ExchangeManagementShell, MicrosoftGraph or MSOnline).");
            }
        }

        var template = templateRequired ? reader.RequiredString("template") : reader.OptionalString("template");
        var needs = reader.StringArray("needs");
        var rollbackObject = reader.Object("rollback");
        RollbackDeclaration? rollback = null;
        if (rollbackObject is not null)
        {
            var rollbackReader = new JsonObjectReader(rollbackObject, reader.Location.Path, "A rollback", reader.Problems);
            rollback = new RollbackDeclaration(
                rollbackReader.RequiredString("script"),
                rollbackReader.RequiredString("template"),
                rollbackReader.RequiredString("title"));
            rollbackReader.RejectUnknownMembers();
        }

        return new ImplementationParts(
            shell ?? fallback?.Shell,
            template,
            reader.OptionalString("runsOn") ?? fallback?.RunsOn,
            needs.Count > 0 ? needs : fallback?.Needs ?? EquatableArray<string>.Empty,
            rollback ?? fallback?.Rollback);
    }

    private static AdvisoryDeclaration ReadAdvisory(JsonObjectReader reader) => new AdvisoryDeclaration(
        reader.RequiredString("id"),
        reader.RequiredString("title"),
        reader.RequiredString("text"),
        ReadCondition(reader, "when"));

    private static LookupTableDeclaration ReadLookup(JsonObjectReader reader)
    {
        var parameter = reader.RequiredString("parameter");
        var rows = new List<LookupRow>();
        var rowsObject = reader.Object("rows");
        if (rowsObject is null)
        {
            reader.Report(reader.Location, $"The lookup table for \"{parameter}\" needs \"rows\".");
        }
        else
        {
            foreach (var row in rowsObject.Members)
            {
                rows.Add(ReadLookupRow(reader, row.Key, row.Value));
            }
        }

        return new LookupTableDeclaration(parameter, new EquatableArray<LookupRow>(rows));
    }

    private static LookupRow ReadLookupRow(JsonObjectReader reader, string value, JsonNode node)
    {
        var cells = new List<LookupCell>();
        if (node is not JsonObjectNode rowObject)
        {
            reader.Report(reader.LocationOf(node), $"Lookup row \"{value}\" must be an object of names and string values.");
            return new LookupRow(value, EquatableArray<LookupCell>.Empty);
        }

        foreach (var cell in rowObject.Members)
        {
            switch (cell.Value)
            {
                case JsonScalarNode { Kind: JsonScalarKind.String } text:
                    cells.Add(new LookupCell(cell.Key, text.Text));
                    break;
                case JsonScalarNode { Kind: JsonScalarKind.Null }:
                    cells.Add(new LookupCell(cell.Key, null));
                    break;
                default:
                    reader.Report(reader.LocationOf(cell.Value), $"Lookup cell \"{value}.{cell.Key}\" must be a string or null, not {cell.Value.KindName}.");
                    break;
            }
        }

        return new LookupRow(value, new EquatableArray<LookupCell>(cells));
    }

    private static ChangeDocumentDeclaration ReadChange(JsonObjectReader parent, string path, List<TemplateProblem> problems)
    {
        var node = parent.Object("change");
        if (node is null)
        {
            parent.Report(parent.Location, "The template set needs the member \"change\" (purpose, prerequisites, verification, backout).");
            return new ChangeDocumentDeclaration(string.Empty, EquatableArray<string>.Empty, string.Empty, string.Empty);
        }

        var reader = new JsonObjectReader(node, path, "The change document", problems);
        var change = new ChangeDocumentDeclaration(
            reader.RequiredString("purpose"),
            reader.StringArray("prerequisites"),
            reader.RequiredString("verification"),
            reader.RequiredString("backout"));
        reader.RejectUnknownMembers();
        return change;
    }

    private static ParameterCondition? ReadCondition(JsonObjectReader parent, string member)
    {
        var node = parent.Object(member);
        if (node is null)
        {
            return null;
        }

        var reader = new JsonObjectReader(node, parent.Location.Path, $"\"{member}\"", parent.Problems);
        var condition = new ParameterCondition(reader.RequiredString("parameter"), reader.StringArray("values"));
        reader.RejectUnknownMembers();
        return condition;
    }

    private static ParameterKind? ParseParameterKind(string name) => name switch
    {
        "dnsName" => ParameterKind.DnsName,
        "fqdn" => ParameterKind.Fqdn,
        "folderName" => ParameterKind.FolderName,
        "httpsUri" => ParameterKind.HttpsUri,
        "enum" => ParameterKind.Enum,
        "text" => ParameterKind.Text,
        _ => null,
    };

    private static ShellKind? ParseShell(string name) => name switch
    {
        "ExchangeManagementShell" => ShellKind.ExchangeManagementShell,
        "MicrosoftGraph" => ShellKind.MicrosoftGraph,
        "MSOnline" => ShellKind.MSOnline,
        _ => null,
    };
}
