using System.CommandLine;
using System.Text;
using ScriptGen.Core.Json;
using ScriptGen.PowerShell.Analysis;

namespace ScriptGen.Cli.Commands;

/// <summary>`scriptgen rules list|explain &lt;name&gt;`: the lint rules, and the documentation of one.</summary>
public static class RulesCommand
{
    /// <summary>The `rules` command with its two subcommands.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("rules", "List the lint rules, or explain one.");
        var format = new Option<string>("--format") { Description = "text (default) or json.", HelpName = "text|json" };
        var list = new Command("list", "Every rule: name, severity, whether it runs by default, whether it has options, and what it checks.") { format };
        list.SetAction(parseResult => List(environment, parseResult.GetValue(format) ?? "text"));

        var name = new Argument<string>("name") { Description = "A rule name as `rules list` shows it, e.g. PSAvoidUsingWriteHost." };
        var explain = new Command("explain", "The rule's documentation: what it finds and why, how to fix it, a wrong and a correct example, and its options.") { name };
        explain.SetAction(parseResult => Explain(environment, parseResult.GetValue(name)!));

        command.Subcommands.Add(list);
        command.Subcommands.Add(explain);
        return command;
    }

    private static int List(CliEnvironment environment, string format)
    {
        var rules = BuiltinRules.All.Select(r => r.Descriptor).ToArray();
        switch (format)
        {
            case "json":
                environment.Output.Write(Encoding.UTF8.GetString(JsonOutput.Write(writer =>
                {
                    writer.WriteStartArray();
                    foreach (var rule in rules)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", rule.Name);
                        writer.WriteString("severity", rule.Severity.ToString());
                        writer.WriteBoolean("enabledByDefault", rule.EnabledByDefault);
                        writer.WriteStartArray("options");
                        rule.Options.ToList().ForEach(o => writer.WriteStringValue(o.Name));
                        writer.WriteEndArray();
                        writer.WriteString("description", rule.Description);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                })));
                return ExitCodes.Success;
            case "text":
                foreach (var rule in rules)
                {
                    var flags = (rule.EnabledByDefault ? "on " : "off") + (rule.Options.Count > 0 ? " configurable" : "             ");
                    environment.Output.WriteLine($"{rule.Name,-52} {rule.Severity,-11} {flags}  {rule.Description}");
                }

                return ExitCodes.Success;
            default:
                environment.Error.WriteLine($"scriptgen: error: --format: '{format}' must be text or json");
                return ExitCodes.InvalidInput;
        }
    }

    private static int Explain(CliEnvironment environment, string name)
    {
        var rule = BuiltinRules.Find(name);
        if (rule is null)
        {
            environment.Error.WriteLine($"scriptgen: error: no rule '{name}'; 'scriptgen rules list' shows them all");
            return ExitCodes.InvalidInput;
        }

        using var stream = typeof(RulesCommand).Assembly.GetManifestResourceStream($"rules/{rule.Descriptor.Name}.md");
        if (stream is null)
        {
            environment.Output.WriteLine($"{rule.Descriptor.Name} ({rule.Descriptor.Severity}): {rule.Descriptor.Description}");
            return ExitCodes.Success;
        }

        using var reader = new StreamReader(stream);
        environment.Output.Write(reader.ReadToEnd());
        return ExitCodes.Success;
    }
}
