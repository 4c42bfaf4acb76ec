using System.CommandLine;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen generate &lt;set&gt;`: one subcommand per template set in the catalog, each with the set's own options.</summary>
public static class GenerateCommand
{
    /// <summary>The `generate` command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command(
            "generate",
            "Render, parse, lint and write the bundle of a template set. Every value becomes a single-quoted PowerShell literal; " +
            "a bundle whose scripts do not parse or have an error finding is refused and nothing is written.");
        foreach (var set in environment.Catalog.Sets)
        {
            command.Subcommands.Add(TemplateSetCommand.Create(set, environment));
        }

        var templates = TemplateFolderOption.Create();
        templates.Recursive = true;
        command.Options.Add(templates);

        return command;
    }
}
