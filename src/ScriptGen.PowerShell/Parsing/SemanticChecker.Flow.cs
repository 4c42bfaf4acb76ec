using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class SemanticChecker
{
    /// <inheritdoc />
    public override VisitAction VisitBreakStatement(BreakStatementNode node)
    {
        var label = LabelOf(node.Label);
        CheckFlowOutOfFinally(node, label);
        CheckLabelExists(node, label);
        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitContinueStatement(ContinueStatementNode node)
    {
        var label = LabelOf(node.Label);
        CheckFlowOutOfFinally(node, label);
        CheckLabelExists(node, label);
        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitReturnStatement(ReturnStatementNode node)
    {
        CheckFlowOutOfFinally(node, null);
        if (EnclosingMember(node) is FunctionMemberNode method)
        {
            if (node.Pipeline is not null && IsVoid(method))
            {
                Report(node, ErrorIds.VoidMethodHasReturn);
            }
            else if (node.Pipeline is null && !IsVoid(method))
            {
                Report(node, ErrorIds.NonVoidMethodMissingReturnValue);
            }
        }

        return VisitAction.Continue;
    }

    /// <summary>The label a break or continue names: empty for none, null for a label that is not a constant.</summary>
    private static string? LabelOf(ExpressionNode? label) => label switch
    {
        null => string.Empty,
        StringConstantExpressionNode text => text.Value,
        _ => null,
    };

    private static bool MatchesLabel(string flowLabel, string? loopLabel) =>
        flowLabel.Length == 0 || flowLabel.Equals(loopLabel ?? string.Empty, StringComparison.OrdinalIgnoreCase);

    /// <summary>break, continue and return may not leave a finally block (a loop inside it may be left).</summary>
    private void CheckFlowOutOfFinally(StatementNode node, string? label)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is NamedBlockNode or TrapStatementNode or ScriptBlockNode)
            {
                return;
            }

            if (label is not null && parent is LoopStatementNode loop && MatchesLabel(label, loop.LabelText))
            {
                return;
            }

            if (parent is StatementBlockNode block && block.Parent is TryStatementNode tryStatement && ReferenceEquals(tryStatement.Finally, block))
            {
                Report(node, ErrorIds.ControlLeavingFinally);
                return;
            }
        }
    }

    /// <summary>In a class method a labelled break or continue must name an enclosing loop.</summary>
    private void CheckLabelExists(StatementNode node, string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return;
        }

        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ScriptBlockNode block)
            {
                if (block.Parent is FunctionMemberNode)
                {
                    Report(node, ErrorIds.LabelNotFound, label);
                }

                return;
            }

            if (parent is LoopStatementNode loop && MatchesLabel(label, loop.LabelText))
            {
                return;
            }
        }
    }

    private static bool IsVoid(FunctionMemberNode method) => method.ReturnType is null || TypeNames.IsVoid(method.ReturnType.TypeName);

    /// <summary>The class member whose body holds the node directly (not inside a nested script block literal), or null.</summary>
    private static MemberNode? EnclosingMember(SyntaxNode node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is ScriptBlockNode block)
            {
                return block.Parent as FunctionMemberNode;
            }

            if (parent is PropertyMemberNode property)
            {
                return property;
            }
        }

        return null;
    }

    private static bool IsInStaticMember(SyntaxNode node) => EnclosingMember(node) is { IsStatic: true };
}
