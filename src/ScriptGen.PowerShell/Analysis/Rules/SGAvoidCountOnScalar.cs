using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>.Count</c> or <c>.Length</c> on the output of a command pipeline that is not wrapped in <c>@()</c>, in a script
/// under <c>Set-StrictMode -Version 2</c> or later. A pipeline that returns one object returns it bare, and under strict
/// mode Windows PowerShell 5.1 throws on .Count/.Length of a single object (PowerShell/PowerShell#2798, #16427) - the
/// classic failure of an Exchange script on an organization with one server or one auth server. Only two forms are
/// reported, to stay precise: <c>(Get-X).Count</c>, and <c>$x.Count</c> where the last assignment to <c>$x</c> before
/// it, in the same function, is a command pipeline.
/// </summary>
public sealed class SGAvoidCountOnScalar : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGAvoidCountOnScalar),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Under strict mode, wrap command output in @() before .Count or .Length: one result is a single object, and 5.1 throws.")
    {
        Options =
        [
            new RuleOptionDescriptor("IgnoreCommands", RuleOptionKind.StringArray, Array.Empty<string>(), "More commands whose output is one collection, or has its own Count or Length, like the built-in Measure-Object and New-Object."),
        ],
    };

    // Output that is one collection, or one object with its own Count: counting it is correct.
    private static readonly HashSet<string> CountSafe = new(StringComparer.OrdinalIgnoreCase)
    {
        "Measure-Object", "New-Object", "ConvertFrom-StringData", "Import-PowerShellDataFile", "Invoke-MgGraphRequest",
    };

    // Output that is one string or one file, whose Length is the point.
    private static readonly HashSet<string> LengthSafe = new(StringComparer.OrdinalIgnoreCase)
    {
        "Get-Item", "Out-String", "ConvertTo-Json", "Join-Path", "Split-Path", "Read-Host",
    };

    // Per function (the script block for top-level code), per variable: its last assignment so far, the one before, and
    // whether a type constraint ([array]$x = ...) converts every value assigned to it.
    private readonly Dictionary<SyntaxNode, Dictionary<string, (SyntaxNode Current, SyntaxNode? Previous, bool Typed)>> _assignments = [];
    private readonly List<(MemberExpressionNode Use, FunctionDefinitionNode? Container, ExpressionNode Target, string Source)> _uses = [];
    private readonly List<(int Offset, FunctionDefinitionNode? Container)> _strictModes = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<AssignmentStatementNode>((assignment, _) => Assigned(assignment.Left, assignment));
        registration.OnNode<ForEachStatementNode>((loop, _) => Assigned(loop.Variable, loop));
        registration.OnNode<CommandNode>(CheckStrictMode);
        registration.OnNode<MemberExpressionNode>(CheckMember);
        registration.OnEnd(Report);
    }

    private void Assigned(ExpressionNode target, SyntaxNode assignment)
    {
        var typed = false;
        while (target is ConvertExpressionNode convert)
        {
            target = convert.Child;
            typed = true;
        }

        if (target is VariableExpressionNode { Splatted: false } variable)
        {
            var scope = Scope(assignment);
            if (!_assignments.TryGetValue(scope, out var variables))
            {
                _assignments[scope] = variables = new Dictionary<string, (SyntaxNode Current, SyntaxNode? Previous, bool Typed)>(StringComparer.OrdinalIgnoreCase);
            }

            var known = variables.TryGetValue(variable.Name, out var earlier);
            variables[variable.Name] = (assignment, known ? earlier.Current : null, typed || (known && earlier.Typed));
        }
    }

    private void CheckStrictMode(CommandNode command, RuleContext context)
    {
        if (!string.Equals(command.GetInvokedName(), "Set-StrictMode", StringComparison.OrdinalIgnoreCase) || context.Commands.Find("Set-StrictMode") is not { } info)
        {
            return;
        }

        var version = command.FindParameter(ParameterTable.For(info), "Version");
        if (version is not null && IsVersion2OrLater(command.GetArgument(version)))
        {
            _strictModes.Add((command.Span.Start, command.FirstAncestor<FunctionDefinitionNode>()));
        }
    }

    private void CheckMember(MemberExpressionNode member, RuleContext context)
    {
        if (member is InvokeMemberExpressionNode || member.Static || member.MemberName is not { } name
            || !(name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var check = (Member: name, Ignored: context.Options.GetStrings("IgnoreCommands"), context.Commands);
        var container = member.FirstAncestor<FunctionDefinitionNode>();
        var source = member.Expression switch
        {
            VariableExpressionNode { Splatted: false } variable => FromAssignment(variable, member, container, check),
            ParenExpressionNode paren => OutputOf(Producer(paren.Pipeline, check)),
            SubExpressionNode { SubExpression.AllStatements: [PipelineBaseNode only] } => OutputOf(Producer(only, check)),
            _ => null,
        };
        if (source is not null)
        {
            _uses.Add((member, container, member.Expression, source));
        }
    }

    private string? FromAssignment(VariableExpressionNode variable, MemberExpressionNode use, FunctionDefinitionNode? container, (string Member, IReadOnlyList<string> Ignored, CommandCatalog Commands) check)
    {
        if (!_assignments.TryGetValue(container ?? use.GetRoot(), out var variables) || !variables.TryGetValue(variable.Name, out var assignments) || assignments.Typed)
        {
            return null;
        }

        // The value assigned is computed before the variable changes: $x = $x.Count reads the earlier $x.
        var computing = assignments.Current switch
        {
            AssignmentStatementNode current => current.Right.Span.Contains(use.Span),
            ForEachStatementNode loop => loop.Condition.Span.Contains(use.Span),
            _ => false,
        };
        var assignment = computing ? assignments.Previous : assignments.Current;
        if (assignment is not AssignmentStatementNode { Operator: Lexing.TokenKind.Equals } plain || Producer(plain.Right, check) is not { } producer)
        {
            return null;
        }

        return $"{variable.Text} holds the output of {producer} (line {plain.Start.Line}), which is";
    }

    private static SyntaxNode Scope(SyntaxNode node) => node.FirstAncestor<FunctionDefinitionNode>() ?? node.GetRoot();

    private static string? OutputOf(string? producer) => producer is null ? null : $"the output of {producer} is";

    /// <summary>The command whose output <paramref name="statement"/> yields bare, or null when it cannot be a lone object from a command.</summary>
    private static string? Producer(StatementNode statement, (string Member, IReadOnlyList<string> Ignored, CommandCatalog Commands) check)
    {
        if (statement is not PipelineNode pipeline)
        {
            return null;
        }

        switch (pipeline.GetPureExpression())
        {
            case ParenExpressionNode paren:
                return Producer(paren.Pipeline, check);
            case SubExpressionNode { SubExpression.AllStatements: [PipelineBaseNode only] }:
                return Producer(only, check);
            case not null:
                return null;
        }

        if (pipeline.PipelineElements is not [.., CommandNode last])
        {
            return null;
        }

        var name = last.GetInvokedName();
        if (name is null)
        {
            return "a command";
        }

        name = check.Commands.FindCommand(name)?.Name ?? name;
        return IsSafe(name, last, check.Member) || check.Ignored.Contains(name, StringComparer.OrdinalIgnoreCase) ? null : name;
    }

    private static bool IsSafe(string command, CommandNode node, string member)
    {
        if (CountSafe.Contains(command))
        {
            return true;
        }

        if (!member.Equals("Length", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return LengthSafe.Contains(command) || (command.Equals("Get-Content", StringComparison.OrdinalIgnoreCase) && HasRaw(node));
    }

    private static bool HasRaw(CommandNode command)
    {
        foreach (var element in command.Elements)
        {
            if (element is CommandParameterNode { ParameterName: var name } && name.Equals("Raw", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private void Report(RuleContext context)
    {
        foreach (var (use, container, target, source) in _uses)
        {
            if (!UnderStrictMode(use.Span.Start, container))
            {
                continue;
            }

            var member = use.MemberName!;
            var wrapped = target switch
            {
                VariableExpressionNode => $"@({target.Text})",
                SubExpressionNode => "@" + target.Text[1..],
                _ => "@" + target.Text,
            };
            var message = $"{Shorten(use.Text)}: {source} a single object, not an array, when one item comes back. Under Set-StrictMode -Version 2 or later Windows PowerShell 5.1 then throws \"The property '{member}' cannot be found on this object\" (PowerShell 7 can too, PowerShell/PowerShell#16427). Count an array: {Shorten(wrapped)}.{member}.";
            context.Report(use, message, corrections: [context.Fix(target.Span, wrapped, "Wrap the value in @() so it is always an array")]);
        }
    }

    private bool UnderStrictMode(int offset, FunctionDefinitionNode? container)
    {
        foreach (var (strictOffset, strictContainer) in _strictModes)
        {
            if (ReferenceEquals(strictContainer, container) ? strictOffset < offset : strictContainer is null || IsInside(container, strictContainer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(FunctionDefinitionNode? inner, FunctionDefinitionNode outer)
    {
        for (var node = inner?.FirstAncestor<FunctionDefinitionNode>(); node is not null; node = node.FirstAncestor<FunctionDefinitionNode>())
        {
            if (ReferenceEquals(node, outer))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVersion2OrLater(ExpressionNode? value) => value switch
    {
        StringConstantExpressionNode text => text.Value.Equals("Latest", StringComparison.OrdinalIgnoreCase)
            || (Version.TryParse(text.Value.Contains('.') ? text.Value : text.Value + ".0", out var version) && version.Major >= 2),
        ConstantExpressionNode { Value: int number } => number >= 2,
        ConstantExpressionNode { Value: double number } => number >= 2,
        _ => false,
    };

    private static string Shorten(string text)
    {
        const int Limit = 60;
        var line = text.AsSpan();
        var end = line.IndexOfAny('\r', '\n');
        if (end < 0 && line.Length <= Limit)
        {
            return text;
        }

        return line[..Math.Min(end < 0 ? line.Length : end, Limit)].ToString() + "...";
    }

}
