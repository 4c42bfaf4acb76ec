using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Aliases (<c>gci</c>, <c>%</c>, <c>iex</c>) and the implicit <c>Get-</c> prefix (<c>service</c> runs Get-Service)
/// depend on the session that runs the script: a profile or module can redefine them, and readers must know them.
/// Aliases come from the built-in command catalogue, not from a live session, so results do not depend on the machine.
/// </summary>
public sealed class PSAvoidUsingCmdletAliases : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingCmdletAliases),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Call commands by their full names, not by aliases or without the Get- prefix.")
    {
        Options =
        [
            new RuleOptionDescriptor(AllowList, RuleOptionKind.StringArray, Array.Empty<string>(), "Aliases that may be used (compared ignoring case)."),
            new RuleOptionDescriptor(LegacyAllowList, RuleOptionKind.StringArray, Array.Empty<string>(), "The former name of allowlist, still read."),
        ],
    };

    private const string AllowList = "allowlist";
    private const string LegacyAllowList = "whitelist";

    private readonly List<(CommandNode Command, StringConstantExpressionNode Name)> _unknown = [];
    private readonly HashSet<string> _functions = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>? _allowed;

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<FunctionDefinitionNode>((function, _) => _functions.Add(function.Name));
        registration.OnNode<CommandNode>(CheckCommand);
        registration.OnEnd(CheckImplicitGet);
    }

    private void CheckCommand(CommandNode command, RuleContext context)
    {
        if (command.Elements.Count == 0 || command.Elements[0] is not StringConstantExpressionNode name || IsDscProperty(command) || IsAllowed(name.Value, context))
        {
            return;
        }

        if (context.Commands.ResolveAlias(name.Value) is { } target)
        {
            context.Report(
                name,
                $"'{name.Value}' is an alias of '{target}'. Aliases depend on the session and readers must know them: call '{target}' by its full name.",
                name.Value,
                [context.Fix(name.Span, target, $"Replace {name.Value} with {target}")]);
        }
        else if (!context.Commands.IsKnown(name.Value))
        {
            _unknown.Add((command, name));
        }
    }

    // Decided after the walk: a function defined further down the script is a known command too.
    private void CheckImplicitGet(RuleContext context)
    {
        foreach (var (command, name) in _unknown)
        {
            var withGet = "Get-" + name.Value;
            if (_functions.Contains(name.Value) || context.Commands.Find(withGet) is not { } found)
            {
                continue;
            }

            if (string.Equals(name.Value, "process", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportParseError(
                    name.Span,
                    "InvalidSyntaxAroundProcessBlock",
                    "This 'process' is a call to Get-Process, not a process block: a process block may only follow param, dynamicparam, begin and end blocks, with no other statement before it. Move the other statements into begin, process or end blocks.");
                continue;
            }

            context.Report(
                name,
                $"'{name.Value}' runs '{found.Name}' only because PowerShell tries the 'Get-' prefix for a command it cannot find. Call '{found.Name}' by its full name.",
                name.Value,
                [context.Fix(name.Span, found.Name, $"Replace {name.Value} with {found.Name}")]);
        }
    }

    private bool IsAllowed(string name, RuleContext context)
    {
        _allowed ??= new HashSet<string>(context.Options.GetStrings(AllowList).Concat(context.Options.GetStrings(LegacyAllowList)), StringComparer.OrdinalIgnoreCase);
        return _allowed.Contains(name);
    }

    // A property of a DSC resource the parser does not know (its module is not imported here): Name = value. PSScriptAnalyzer
    // skips only the three-element form; a value that is itself a command (Name = New-Object ...) is a property too.
    private static bool IsDscProperty(CommandNode command)
    {
        var count = 0;
        var secondIsEquals = false;
        foreach (var element in command.Elements)
        {
            if (element is CommandElementNode)
            {
                secondIsEquals |= ++count == 2 && element is StringConstantExpressionNode { Value: "=" };
            }
        }

        return count >= 3 && secondIsEquals;
    }
}
