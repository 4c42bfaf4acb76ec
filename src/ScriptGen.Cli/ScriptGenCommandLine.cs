using System.CommandLine;
using System.CommandLine.Parsing;
using ScriptGen.Cli.Commands;

namespace ScriptGen.Cli;

/// <summary>
/// Builds the command tree and runs it. Parse errors return exit code 2 (System.CommandLine would return 1), and
/// response files are off: an argument that starts with '@' is a value.
/// </summary>
public static class ScriptGenCommandLine
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, CliEnvironment environment)
    {
        var templateFolder = TemplateFolderOption.Find(args);
        if (templateFolder is not null)
        {
            var catalog = TemplateFolderOption.Load(templateFolder, environment.Catalog, environment.Error);
            if (catalog is null)
            {
                return ExitCodes.InvalidInput;
            }

            environment = environment with { Catalog = catalog };
        }

        var root = Build(environment);
        var parseResult = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                environment.Error.WriteLine($"scriptgen: error: {error.Message}");
            }

            environment.Error.WriteLine($"Run 'scriptgen {CommandPath(parseResult.CommandResult)}--help' for usage.");
            return ExitCodes.InvalidInput;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = environment.Output, Error = environment.Error });
    }

    /// <summary>The root command with every verb.</summary>
    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand(
            "ScriptGen renders change-controlled PowerShell for Exchange and Microsoft 365 from templates, parses and lints " +
            "every script with its own PowerShell engine, and writes an audited bundle (scripts, rollback, CHANGE.md, manifest).\n\n" +
            "Start with: scriptgen generate push-notification-proxy --tenant contoso.com --environment dev");
        root.Subcommands.Add(GenerateCommand.Create(environment));
        root.Subcommands.Add(LintCommand.Create(environment));
        root.Subcommands.Add(TemplatesCommand.Create(environment));
        root.Subcommands.Add(RulesCommand.Create(environment));
        root.Subcommands.Add(VerifyCommand.Create(environment));
        root.Subcommands.Add(DiffCommand.Create(environment));
        return root;
    }

    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (var result = command; result.Parent is CommandResult parent; result = parent)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return string.Concat(names.Select(name => name + " "));
    }
}
