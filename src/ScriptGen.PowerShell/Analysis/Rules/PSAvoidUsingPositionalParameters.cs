using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A call that passes three or more arguments by position to a known command (a catalogued cmdlet, an alias, or a
/// function defined in the same script): the reader must know the parameter order, and it may change. Like
/// PSScriptAnalyzer, two positional arguments are tolerated, and only the first command of a pipeline is checked.
/// </summary>
public sealed class PSAvoidUsingPositionalParameters : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingPositionalParameters),
        DiagnosticSeverity.Information,
        EnabledByDefault: true,
        "Name the parameters of a command called with three or more positional arguments.")
    {
        Options =
        [
            new RuleOptionDescriptor(CommandAllowList, RuleOptionKind.StringArray, Array.Empty<string>(), "Commands that may take any number of positional arguments (compared ignoring case)."),
        ],
    };

    private const string CommandAllowList = "CommandAllowList";

    // Two positional arguments are common and clear (Join-Path a b, Split-Path x -Leaf); PSScriptAnalyzer reports more.
    private const int AllowedPositional = 2;

    private readonly List<(CommandNode Command, string Name, int Positional)> _candidates = [];
    private readonly HashSet<string> _functions = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<FunctionDefinitionNode>((function, _) => _functions.Add(function.Name));
        registration.OnNode<CommandNode>(Collect);
        registration.OnEnd(Report);
    }

    private void Collect(CommandNode command, RuleContext context)
    {
        if (command.GetCommandName() is { } name && !IsLaterInPipeline(command) && CountPositional(command) is var positional and > AllowedPositional)
        {
            _candidates.Add((command, name, positional));
        }
    }

    // After the walk, because a function may be defined below its first call.
    private void Report(RuleContext context)
    {
        var allowed = context.Options.GetStrings(CommandAllowList);
        foreach (var (command, name, positional) in _candidates)
        {
            var known = _functions.Contains(name) || context.Commands.Find(name) is not null || context.Commands.ResolveAlias(name) is not null;
            if (known && !allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                context.Report(
                    command,
                    $"'{name}' is called with {positional} positional arguments. Name each parameter (-Name value): the call then does not depend on the order of the parameters and reads without looking it up.",
                    name);
            }
        }
    }

    private static bool IsLaterInPipeline(CommandNode command) =>
        command.Parent is PipelineNode pipeline && pipeline.PipelineElements.Count > 1 && !ReferenceEquals(pipeline.PipelineElements[0], command);

    // As PSScriptAnalyzer counts: an argument that neither is a parameter nor follows one. A splatted hashtable may
    // name every parameter, so a call that splats is not counted.
    private static int CountPositional(CommandNode command)
    {
        var count = 0;
        CommandElementNode? previous = null;
        foreach (var element in command.Elements)
        {
            if (element is not CommandElementNode current)
            {
                continue;
            }

            if (current is VariableExpressionNode { Splatted: true })
            {
                return 0;
            }

            if (previous is not null && current is not CommandParameterNode && previous is not CommandParameterNode)
            {
                count++;
            }

            previous = current;
        }

        return count;
    }
}
