using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A variable assigned in a script block and never read there (nor in the script blocks nested in it), as
/// PSScriptAnalyzer analyses it: each script block on its own, by name. Reassigning with = is not a read; +=, a read
/// in a nested block or a string, splatting, $using:, and Get-Variable with the name are. Global, script, environment
/// and other drive variables, and PowerShell's automatic and preference variables, are not checked.
/// </summary>
public sealed class PSUseDeclaredVarsMoreThanAssignments : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSUseDeclaredVarsMoreThanAssignments),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Remove variables that are assigned but never used.");

    private readonly List<AssignmentStatementNode> _assignments = [];
    private readonly List<VariableExpressionNode> _variables = [];
    private readonly List<CommandNode> _getVariableCalls = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<AssignmentStatementNode>((assignment, _) => _assignments.Add(assignment));
        registration.OnNode<VariableExpressionNode>((variable, _) => _variables.Add(variable));
        registration.OnNode<CommandNode>((command, context) =>
        {
            if (command.GetCommandName() is { } name && string.Equals(context.Commands.Resolve(name), "Get-Variable", StringComparison.OrdinalIgnoreCase))
            {
                _getVariableCalls.Add(command);
            }
        });
        registration.OnEnd(Report);
    }

    private void Report(RuleContext context)
    {
        // The first assignment of each name in each script block; a nested script block keeps its own.
        var firstAssignments = new Dictionary<ScriptBlockNode, Dictionary<string, Assigned>>();
        var assignedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assignment in _assignments)
        {
            if (AssignedVariable(assignment) is { } variable && assignment.FirstAncestor<ScriptBlockNode>() is { } block)
            {
                if (!firstAssignments.TryGetValue(block, out var byName))
                {
                    firstAssignments[block] = byName = new Dictionary<string, Assigned>(StringComparer.OrdinalIgnoreCase);
                }

                byName.TryAdd(variable.VariablePath.Name, new Assigned(assignment, variable));
                assignedNames.Add(variable.VariablePath.Name);
            }
        }

        foreach (var variable in _variables)
        {
            var name = variable.VariablePath.Name;
            if (!assignedNames.Contains(name))
            {
                continue;
            }

            for (var block = variable.FirstAncestor<ScriptBlockNode>(); block is not null; block = block.FirstAncestor<ScriptBlockNode>())
            {
                if (firstAssignments.TryGetValue(block, out var byName) && byName.TryGetValue(name, out var assigned)
                    && (SpecialVariables.Contains(name) || !IsTheAssignment(variable, assigned)))
                {
                    byName.Remove(name);
                }
            }
        }

        foreach (var call in _getVariableCalls)
        {
            foreach (var name in NamesRead(call))
            {
                for (var block = call.FirstAncestor<ScriptBlockNode>(); block is not null; block = block.FirstAncestor<ScriptBlockNode>())
                {
                    if (firstAssignments.TryGetValue(block, out var byName))
                    {
                        byName.Remove(name);
                    }
                }
            }
        }

        foreach (var byName in firstAssignments.Values)
        {
            foreach (var (name, assigned) in byName)
            {
                context.Report(
                    assigned.Assignment.Left,
                    $"The variable '{name}' is assigned but never used in its script block. Remove the assignment, use the value, or, if the assignment only discards output, assign to $null.",
                    name);
            }
        }
    }

    // The variable an assignment sets, when it is one this rule follows: $x = or [type]$x =, without scope or drive.
    private static VariableExpressionNode? AssignedVariable(AssignmentStatementNode assignment)
    {
        var variable = assignment.Left switch
        {
            VariableExpressionNode plain => plain,
            ConvertExpressionNode { Child: VariableExpressionNode typed } => typed,
            _ => null,
        };
        var path = variable?.VariablePath;
        return path is null || path.IsGlobal || path.IsScript || path.IsDriveQualified ? null : variable;
    }

    // True when this occurrence of the name is the logged assignment itself, or a plain reassignment of it with =
    // (PSScriptAnalyzer compares the assigned expressions' text); anything else reads the variable.
    private static bool IsTheAssignment(VariableExpressionNode variable, Assigned assigned)
    {
        if (variable.Parent is AssignmentStatementNode reassignment && ReferenceEquals(reassignment.Left, variable))
        {
            return reassignment.Operator == TokenKind.Equals
                && (ReferenceEquals(reassignment, assigned.Assignment)
                    || (assigned.Assignment.Left is VariableExpressionNode && SameText(assigned.Assignment.Left, variable)));
        }

        return ReferenceEquals(variable, assigned.Variable);
    }

    private static bool SameText(SyntaxNode first, SyntaxNode second) =>
        first.Source.Text.AsSpan(first.Span.Start, first.Span.Length).Equals(second.Source.Text.AsSpan(second.Span.Start, second.Span.Length), StringComparison.OrdinalIgnoreCase);

    // The names the simplest calls read: Get-Variable name, Get-Variable -Name name, Get-Variable a,b.
    private static IEnumerable<string> NamesRead(CommandNode call)
    {
        var elements = new List<CommandElementNode>(3);
        foreach (var element in call.Elements)
        {
            if (element is CommandElementNode commandElement)
            {
                elements.Add(commandElement);
            }
        }

        // No other parameter of Get-Variable starts with n, so any prefix of -Name names it.
        if (elements.Count is < 2 or > 3
            || (elements.Count == 3 && (elements[1] is not CommandParameterNode parameter || !parameter.ParameterName.StartsWith('n') && !parameter.ParameterName.StartsWith('N'))))
        {
            return [];
        }

        return elements[^1] switch
        {
            StringConstantExpressionNode single => [single.Value],
            ArrayLiteralNode array => array.Elements.OfType<StringConstantExpressionNode>().Select(s => s.Value).ToArray(),
            _ => [],
        };
    }

    private sealed record Assigned(AssignmentStatementNode Assignment, VariableExpressionNode Variable);
}
