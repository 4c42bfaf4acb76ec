using System.CommandLine;
using System.Text;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Json;
using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Model;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen templates list|show &lt;id&gt;`: what can be generated, and every parameter, step and file of a set.</summary>
public static class TemplatesCommand
{
    /// <summary>The `templates` command with its two subcommands.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("templates", "List the template sets and show what each declares.");
        var templates = TemplateFolderOption.Create();
        templates.Recursive = true;
        command.Options.Add(templates);

        var listFormat = FormatOption();
        var list = new Command("list", "One line per template set: id, variants, where it comes from and its title.") { listFormat };
        list.SetAction(parseResult => List(environment, parseResult.GetValue(listFormat) ?? "text"));

        var id = new Argument<string>("id") { Description = "The template set's id, as `templates list` shows it." };
        var showFormat = FormatOption();
        var show = new Command("show", "Parameters (with type, rule, default and meaning), variants, steps with where they run, advisories and template hashes.") { id, showFormat };
        show.SetAction(parseResult => Show(environment, parseResult.GetValue(id)!, parseResult.GetValue(showFormat) ?? "text"));

        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        return command;
    }

    private static Option<string> FormatOption() => new("--format") { Description = "text (default) or json.", HelpName = "text|json" };

    private static int List(CliEnvironment environment, string format)
    {
        if (!CheckFormat(format, environment))
        {
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(JsonOutput.Write(writer =>
            {
                writer.WriteStartArray();
                foreach (var set in environment.Catalog.Sets)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", set.Id);
                    writer.WriteString("title", set.Declaration.Title);
                    writer.WriteString("origin", Origin(set));
                    writer.WriteStartArray("variants");
                    set.Declaration.Variants.ToList().ForEach(v => writer.WriteStringValue(v.Id));
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            })));
            return ExitCodes.Success;
        }

        foreach (var set in environment.Catalog.Sets)
        {
            environment.Output.WriteLine($"{set.Id,-28} {string.Join('|', set.Declaration.Variants.Select(v => v.Id)),-18} {Origin(set),-9} {set.Declaration.Title}");
        }

        return ExitCodes.Success;
    }

    private static int Show(CliEnvironment environment, string id, string format)
    {
        if (!CheckFormat(format, environment))
        {
            return ExitCodes.InvalidInput;
        }

        var set = environment.Catalog.Find(id);
        if (set is null)
        {
            environment.Error.WriteLine($"scriptgen: error: no template set '{id}'; known: {string.Join(", ", environment.Catalog.Sets.Select(s => s.Id))}");
            return ExitCodes.InvalidInput;
        }

        if (format == "json")
        {
            environment.Output.Write(Encoding.UTF8.GetString(TemplateSetJson.Write(set)));
        }
        else
        {
            WriteText(set, environment.Output);
        }

        return ExitCodes.Success;
    }

    private static void WriteText(TemplateSet set, TextWriter output)
    {
        var declaration = set.Declaration;
        output.WriteLine($"{set.Id}: {declaration.Title} ({Origin(set)})");
        output.WriteLine(declaration.Description);
        output.WriteLine();
        output.WriteLine("Parameters:");
        foreach (var parameter in declaration.Parameters)
        {
            output.WriteLine($"  {ParameterNames.ToOption(parameter.Name),-18} {Kind(parameter),-28} {Requirement(parameter)}");
            output.WriteLine($"      {parameter.Description}");
        }

        output.WriteLine($"  {"--variant",-18} {string.Join('|', declaration.Variants.Select(v => v.Id)),-28} default {set.DefaultVariant.Id}");
        foreach (var variant in declaration.Variants)
        {
            output.WriteLine($"      {variant.Id}: {variant.Title}{(variant.IsRetired ? " (retired: needs --allow-retired)" : string.Empty)}. {variant.Description}");
        }

        output.WriteLine();
        output.WriteLine("Steps:");
        var number = 0;
        foreach (var step in declaration.Steps)
        {
            output.WriteLine($"  {++number}. {step.Script}: {step.Title}");
            foreach (var implementation in step.Implementations)
            {
                var label = implementation.Variant is null ? string.Empty : $"[{implementation.Variant}] ";
                output.WriteLine($"      {label}{implementation.Template}; runs on {implementation.RunsOn}, {ShellNames.Describe(implementation.Shell)}");
                if (implementation.Rollback is { } rollback)
                {
                    output.WriteLine($"      {label}rollback {rollback.Script}: {rollback.Title}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("Advisories:");
        foreach (var advisory in declaration.Advisories)
        {
            output.WriteLine($"  {advisory.Id}: {advisory.Title}{(advisory.When is null ? string.Empty : $" (when {advisory.When.Parameter} is {ParameterRules.FormatChoices(advisory.When.Values)})")}");
        }

        output.WriteLine();
        output.WriteLine("Files:");
        foreach (var file in set.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            output.WriteLine($"  {file.Sha256}  {file.Path}");
        }
    }

    private static string Kind(ParameterDeclaration parameter) => parameter.Kind switch
    {
        ParameterKind.Enum => string.Join('|', parameter.AllowedValues),
        ParameterKind.Text => $"text {parameter.Pattern}",
        _ => char.ToLowerInvariant(parameter.Kind.ToString()[0]) + parameter.Kind.ToString()[1..],
    };

    private static string Requirement(ParameterDeclaration parameter) =>
        parameter.Required ? "required"
        : parameter.RequiredWhen is { } when ? $"required when {when.Parameter} is {ParameterRules.FormatChoices(when.Values)}"
        : parameter.Default is not null ? $"default {parameter.Default}"
        : "optional";

    private static string Origin(TemplateSet set) => set.Origin == TemplateSetOrigin.BuiltIn ? "built-in" : "folder";

    private static bool CheckFormat(string format, CliEnvironment environment)
    {
        if (format is "text" or "json")
        {
            return true;
        }

        environment.Error.WriteLine($"scriptgen: error: --format: '{format}' must be text or json");
        return false;
    }
}
