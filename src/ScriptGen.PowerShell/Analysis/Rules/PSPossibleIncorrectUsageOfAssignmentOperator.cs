using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>=</c> in an if, elseif, while or do-while condition assigns instead of comparing. Checked once per condition (its first
/// assignment), with PSScriptAnalyzer's severities and exceptions: <c>==</c> and assignments to $null are Warnings; other
/// assignments are Information, and are not reported when the value comes from a command or a method call (<c>if ($f =
/// Get-Item x)</c> is a common idiom) or when the whole condition is wrapped in extra parentheses, which marks the
/// assignment as intended.
/// </summary>
public sealed class PSPossibleIncorrectUsageOfAssignmentOperator : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSPossibleIncorrectUsageOfAssignmentOperator),
        DiagnosticSeverity.Information,
        EnabledByDefault: true,
        "An = in an if or while condition assigns instead of comparing: use -eq.");

    private readonly HashSet<SyntaxNode> _checked = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<AssignmentStatementNode>(Check);

    private void Check(AssignmentStatementNode assignment, RuleContext context)
    {
        for (var owner = ConditionOwners.Next(assignment); owner is not null; owner = ConditionOwners.Next(owner))
        {
            if (_checked.Add(owner) && Severity(assignment, Condition(owner)) is { } severity)
            {
                context.Report(assignment.OperatorToken.Span, Message(assignment), severity: severity);
            }
        }
    }

    private static DiagnosticSeverity? Severity(AssignmentStatementNode assignment, PipelineBaseNode condition)
    {
        if (IsDoubleEquals(assignment) || IsNull(assignment.Left))
        {
            return DiagnosticSeverity.Warning;
        }

        if (HasCommandOrLeadingMethodCall(assignment.Right))
        {
            return null;
        }

        var text = condition.Text;
        return text.StartsWith('(') && text.EndsWith(')') ? null : DiagnosticSeverity.Information;
    }

    private static string Message(AssignmentStatementNode assignment) =>
        IsDoubleEquals(assignment) ? "'==' is not PowerShell's equality operator: this assigns the output of a command named '='. Use -eq to compare."
        : IsNull(assignment.Left) ? "Assigning to $null in a condition throws the value away, so the condition is always false. Use -eq to compare, with $null on the left ($null -eq $value)."
        : "'=' in a condition assigns the value instead of comparing. Use -eq to compare; if the assignment is intended, wrap it in another pair of parentheses.";

    private static bool IsNull(ExpressionNode target) =>
        target is VariableExpressionNode variable && variable.VariablePath.UserPath.Equals("null", StringComparison.OrdinalIgnoreCase);

    private static bool IsDoubleEquals(AssignmentStatementNode assignment) =>
        assignment.Right.Span.Length > 0 && assignment.Source.Text[assignment.Right.Span.Start] == '=';

    // As PSScriptAnalyzer looks: any command anywhere in the value, or a method call as the value's first expression.
    private static bool HasCommandOrLeadingMethodCall(StatementNode value)
    {
        var firstExpressionSeen = false;
        foreach (var node in value.Descendants())
        {
            if (node is CommandNode)
            {
                return true;
            }

            if (node is ExpressionNode expression && !firstExpressionSeen)
            {
                firstExpressionSeen = true;
                if (expression is InvokeMemberExpressionNode)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PipelineBaseNode Condition(SyntaxNode owner) => owner switch
    {
        IfClauseNode clause => clause.Condition,
        WhileStatementNode loop => loop.Condition,
        _ => ((DoWhileStatementNode)owner).Condition,
    };
}
