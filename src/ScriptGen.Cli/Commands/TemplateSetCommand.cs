using System.CommandLine;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen generate &lt;set&gt;`: the options come from the set's declaration, so a new set needs no C#.</summary>
public static class TemplateSetCommand
{
    /// <summary>The subcommand that generates bundles of <paramref name="set"/>.</summary>
    public static Command Create(TemplateSet set, CliEnvironment environment)
    {
        var declaration = set.Declaration;
        var command = new Command(set.Id, $"{declaration.Title}. {declaration.Description}");
        var parameters = new ParameterOptions(declaration);
        foreach (var option in parameters.All)
        {
            command.Options.Add(option);
        }

        var options = new GenerateOptions();
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => new GenerateAction(set, environment).Run(parameters.ValuesFrom(parseResult), options.Read(parseResult)));
        return command;
    }
}
