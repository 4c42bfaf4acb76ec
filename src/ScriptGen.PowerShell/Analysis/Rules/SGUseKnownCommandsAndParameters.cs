using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A misspelt command or parameter of the modules ScriptGen's templates use (Exchange, MSOnline, Microsoft Graph,
/// core PowerShell). A parameter that does not bind to a catalogued command, or to an advanced function of the
/// script, is reported as PowerShell would refuse it: unknown, or ambiguous when it is the prefix of several. A command
/// the catalogue does not know is reported only when it is one edit away from a known command (or is a Verb-Msol...
/// name, since MSOnline is catalogued in full): scripts also call other modules and programs, which stay unjudged.
/// Splatted parameters cannot be seen and are not checked.
/// </summary>
public sealed class SGUseKnownCommandsAndParameters : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGUseKnownCommandsAndParameters),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Use the exact names of commands and parameters: a misspelt Exchange, Graph, MSOnline or core cmdlet or parameter fails at run time.")
    {
        Options =
        [
            new RuleOptionDescriptor("KnownCommands", RuleOptionKind.StringArray, Array.Empty<string>(), "Commands of other modules that the scripts use and that must not be taken for misspellings of catalogued ones."),
        ],
    };

    // Real commands outside the catalogue that are one letter from a catalogued one (FailoverClusters' Get-Cluster and
    // Exchange Online's Get-Clutter).
    private static readonly HashSet<string> KnownNearMisses = new(StringComparer.OrdinalIgnoreCase) { "Get-Cluster" };

    private readonly ScriptCommands _script = new();
    private bool? _isLibrary;

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        _script.Register(registration);
        registration.OnEnd(Check);
    }

    /// <summary>
    /// The command names the script brings in itself: aliases it defines with Set-Alias or New-Alias (every constant
    /// argument, to stay on the safe side), and the noun prefixes of Import-Module/Import-PSSession -Prefix.
    /// </summary>
    private (HashSet<string> Aliases, List<string> Prefixes) BroughtIn()
    {
        var aliases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new List<string>();
        foreach (var (command, name) in _script.Calls)
        {
            if (name.Equals("Set-Alias", StringComparison.OrdinalIgnoreCase) || name.Equals("New-Alias", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 1; i < command.Elements.Count; i++)
                {
                    if (command.Elements[i] is StringConstantExpressionNode text)
                    {
                        aliases.Add(text.Value);
                    }
                }
            }
            else if (name.Equals("Import-Module", StringComparison.OrdinalIgnoreCase) || name.Equals("Import-PSSession", StringComparison.OrdinalIgnoreCase))
            {
                for (var i = 1; i < command.Elements.Count; i++)
                {
                    if (command.Elements[i] is CommandParameterNode { ParameterName: var parameter } prefix && parameter.Length >= 2 && "Prefix".StartsWith(parameter, StringComparison.OrdinalIgnoreCase)
                        && command.GetArgument(prefix) is StringConstantExpressionNode value && value.Value.Length > 0)
                    {
                        prefixes.Add(value.Value);
                    }
                }
            }
        }

        return (aliases, prefixes);
    }

    /// <summary>True for a file that only defines functions (a library that other scripts dot-source, with their commands).</summary>
    private bool IsLibrary() => _isLibrary ??= _script.Calls.All(c => c.Node.FirstAncestor<FunctionDefinitionNode>() is not null);

    private bool MayComeFromElsewhere(string name, HashSet<string> aliases, HashSet<string> known, List<string> prefixes, CommandCatalog catalog)
    {
        if (catalog.IsKnown(name) || _script.DotSourcesFiles || IsLibrary() || aliases.Contains(name) || known.Contains(name) || KnownNearMisses.Contains(name) || RetiredModules.ModuleOf(name, catalog) is not null)
        {
            return true;
        }

        var noun = name.AsSpan(name.IndexOf('-') + 1);
        foreach (var prefix in prefixes)
        {
            if (noun.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Check(RuleContext context)
    {
        var known = new HashSet<string>(context.Options.GetStrings("KnownCommands"), StringComparer.OrdinalIgnoreCase);
        var (aliases, prefixes) = BroughtIn();
        var functionTables = new Dictionary<FunctionDefinitionNode, ParameterTable?>();
        var suggestions = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (command, name) in _script.Calls)
        {
            if (_script.Functions.TryGetValue(name, out var function))
            {
                if (!functionTables.TryGetValue(function, out var table))
                {
                    functionTables[function] = table = ScriptFunctions.TableOf(function);
                }

                if (table is not null)
                {
                    CheckParameters(command, ScriptFunctions.NameOf(function), table, context);
                }
            }
            else if (context.Commands.FindCommand(name) is { } info)
            {
                CheckParameters(command, info.Name, ParameterTable.For(info), context);
            }
            else if (!MayComeFromElsewhere(name, aliases, known, prefixes, context.Commands))
            {
                if (!suggestions.TryGetValue(name, out var suggestion))
                {
                    suggestions[name] = suggestion = SuggestCommand(name, context.Commands);
                }

                ReportUnknownCommand(command, name, suggestion, context);
            }
        }
    }

    private static void ReportUnknownCommand(CommandNode command, string name, string? suggestion, RuleContext context)
    {
        var span = command.Elements[0].Span;
        if (suggestion is not null)
        {
            var fix = context.Fix(span, suggestion, $"Use {suggestion}");
            context.Report(span, $"'{name}' is not a known command; did you mean {suggestion}? A misspelt command fails when the script reaches it, after the steps before it have run.", name, [fix]);
        }
        else if (IsMsolName(name))
        {
            context.Report(span, $"'{name}' is not a cmdlet of the MSOnline module, whose cmdlets ScriptGen knows in full. A misspelt command fails when the script reaches it, after the steps before it have run.", name);
        }
    }

    private static void CheckParameters(CommandNode command, string commandName, ParameterTable table, RuleContext context)
    {
        foreach (var element in command.Elements)
        {
            if (element is not CommandParameterNode { ParameterName: { Length: > 0 } typed } parameter || typed == "-")
            {
                continue;
            }

            var match = table.Match(typed);
            if (match.IsBound)
            {
                continue;
            }

            var span = parameter.ParameterToken.Span;
            if (match.IsAmbiguous)
            {
                var candidates = string.Join(", ", match.Candidates.Select(c => "-" + c));
                context.Report(span, $"-{typed} is ambiguous for {commandName}: it is the start of {candidates}. PowerShell refuses an ambiguous parameter name; write it out.", commandName);
                continue;
            }

            var suggestion = NameSuggestions.Nearest(typed, table.Names, maxDistance: 2);
            if (suggestion is null)
            {
                context.Report(span, $"{commandName} has no parameter -{typed}, so PowerShell refuses the call (\"A parameter cannot be found that matches parameter name '{typed}'\").", commandName);
            }
            else
            {
                var replacement = "-" + suggestion + (parameter.UsedColon ? ":" : string.Empty);
                context.Report(span, $"{commandName} has no parameter -{typed}; did you mean -{suggestion}? PowerShell refuses the call (\"A parameter cannot be found that matches parameter name '{typed}'\").", commandName, [context.Fix(span, replacement, $"Use -{suggestion}")]);
            }
        }
    }

    private string? SuggestCommand(string name, CommandCatalog catalog)
    {
        // Only Verb-Noun names can be misspelt cmdlets; programs (git, certutil.exe) and paths are not judged.
        var dash = name.IndexOf('-');
        if (dash <= 0 || dash == name.Length - 1 || name.Contains('.'))
        {
            return null;
        }

        return CommandSuggester.For(catalog).Suggest(name, _script.Functions.Keys);
    }

    private static bool IsMsolName(string name)
    {
        var dash = name.IndexOf('-');
        return dash > 0 && name.AsSpan(dash + 1).StartsWith("Msol", StringComparison.OrdinalIgnoreCase);
    }
}
