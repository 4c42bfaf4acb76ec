using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class SemanticChecker
{
    /// <inheritdoc />
    public override VisitAction VisitAssignmentStatement(AssignmentStatementNode node)
    {
        CheckAssignmentTarget(node.Left, node.Operator == TokenKind.Equals, target => Report(target, ErrorIds.InvalidLeftHandSide));
        CheckPropertyAssignmentInMethod(node);
        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitUnaryExpression(UnaryExpressionNode node)
    {
        if (node.Operator is TokenKind.PlusPlus or TokenKind.MinusMinus or TokenKind.PostfixPlusPlus or TokenKind.PostfixMinusMinus)
        {
            var text = node.Operator.Text();
            CheckAssignmentTarget(node.Operand, false, target => Report(target, ErrorIds.OperatorRequiresVariableOrProperty, text));
        }

        return VisitAction.Continue;
    }

    /// <summary>What may be assigned to: variables, properties, indexes, casts of those, and (with '=') lists of them.</summary>
    private void CheckAssignmentTarget(ExpressionNode target, bool simpleAssignment, Action<SyntaxNode> reportError)
    {
        switch (target)
        {
            case ArrayLiteralNode array when simpleAssignment:
                foreach (var element in array.Elements)
                {
                    CheckAssignmentTarget(element, true, reportError);
                }

                return;
            case ArrayLiteralNode array:
                reportError(array);
                return;
            case ParenExpressionNode paren:
                if (paren.Pipeline.GetPureExpression() is { } inner)
                {
                    CheckAssignmentTarget(inner, simpleAssignment, reportError);
                }
                else
                {
                    reportError(paren.Pipeline);
                }

                return;
            case MemberExpressionNode { NullConditional: true } or IndexExpressionNode { NullConditional: true }:
                reportError(target);
                return;
            case VariableExpressionNode or MemberExpressionNode or IndexExpressionNode:
                return;
            case ConvertExpressionNode or AttributedExpressionNode:
                CheckAttributedTarget(target, simpleAssignment, reportError);
                return;
            default:
                reportError(target);
                return;
        }
    }

    private void CheckAttributedTarget(ExpressionNode target, bool simpleAssignment, Action<SyntaxNode> reportError)
    {
        var converts = 0;
        TypeConstraintNode? reference = null;
        TypeConstraintNode? lastConvert = null;
        var expression = target;
        while (true)
        {
            if (expression is ConvertExpressionNode convert)
            {
                converts++;
                lastConvert = convert.Type;
                if (TypeNames.IsReference(convert.Type.TypeName))
                {
                    reference = convert.Type;
                }
                else if (TypeNames.IsVoid(convert.Type.TypeName))
                {
                    Report(convert.Type, ErrorIds.VoidTypeConstraintNotAllowed);
                }

                expression = convert.Child;
            }
            else if (expression is AttributedExpressionNode attributed)
            {
                expression = attributed.Child;
            }
            else
            {
                break;
            }
        }

        if (reference is not null && converts > 1)
        {
            Report(reference, ErrorIds.ReferenceNeedsToBeByItselfInTypeConstraint);
            return;
        }

        if (expression is VariableExpressionNode variable
            && (variable.VariablePath.IsUnqualified || variable.VariablePath.IsLocal)
            && AutomaticVariables.TypeOf(variable.Name) is { } automaticType
            && (lastConvert is null || !automaticType.Accepts(lastConvert.TypeName)))
        {
            Report(target, ErrorIds.AssignmentStatementToAutomaticNotSupported, variable.Name, automaticType.FullName);
        }

        CheckAssignmentTarget(expression, simpleAssignment, reportError);
    }

    /// <inheritdoc />
    public override VisitAction VisitConvertExpression(ConvertExpressionNode node)
    {
        if (TypeNames.IsOrdered(node.Type.TypeName))
        {
            if (node.Child is not HashtableNode)
            {
                Report(node, ErrorIds.OrderedAttributeOnlyOnHashLiteralNode, node.Type.TypeName.FullName);
            }

            return VisitAction.Continue;
        }

        if (TypeNames.IsReference(node.Type.TypeName))
        {
            CheckReferenceConversion(node);
        }

        return VisitAction.Continue;
    }

    /// <summary>[ref] must stand alone among the casts of a value, and be the last (innermost) of them.</summary>
    private void CheckReferenceConversion(ConvertExpressionNode node)
    {
        var multipleReferences = false;
        var child = node.Child;
        while (child is ConvertExpressionNode or AttributedExpressionNode)
        {
            if (child is ConvertExpressionNode inner && TypeNames.IsReference(inner.Type.TypeName))
            {
                multipleReferences = true;
                Report(inner.Type, ErrorIds.ReferenceNeedsToBeByItselfInTypeSequence);
            }

            child = child is ConvertExpressionNode c ? c.Child : ((AttributedExpressionNode)child).Child;
        }

        if (multipleReferences || node.Parent is not (ConvertExpressionNode or AttributedExpressionNode))
        {
            return;
        }

        for (var parent = node.Parent; parent is ConvertExpressionNode or AttributedExpressionNode; parent = parent.Parent)
        {
            if (parent is ConvertExpressionNode outer && !TypeNames.IsReference(outer.Type.TypeName))
            {
                if (!IsInsideAssignmentTarget(node))
                {
                    Report(node.Type, ErrorIds.ReferenceNeedsToBeLastTypeInTypeConversion);
                }

                return;
            }
        }
    }

    private static bool IsInsideAssignmentTarget(SyntaxNode node)
    {
        for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor is AssignmentStatementNode assignment)
            {
                return node.Span.Start >= assignment.Left.Span.Start && node.Span.End <= assignment.Left.Span.End;
            }

            if (ancestor is CommandExpressionNode)
            {
                return false;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override VisitAction VisitAttributedExpression(AttributedExpressionNode node)
    {
        ExpressionNode child = node;
        while (child is AttributedExpressionNode or ConvertExpressionNode)
        {
            child = child is AttributedExpressionNode attributed ? attributed.Child : ((ConvertExpressionNode)child).Child;
            if (child is VariableExpressionNode)
            {
                return VisitAction.Continue;
            }
        }

        Report(node.Attribute, ErrorIds.UnexpectedAttribute, node.Attribute.TypeName.FullName);
        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitUsingExpression(UsingExpressionNode node)
    {
        if (InvalidUsingPart(node.SubExpression) is { } bad)
        {
            Report(bad, ErrorIds.InvalidUsingExpression);
        }

        return VisitAction.Continue;
    }

    /// <summary>A using expression may only read a variable, its properties and constant indexes.</summary>
    private static ExpressionNode? InvalidUsingPart(ExpressionNode expression)
    {
        while (true)
        {
            switch (expression)
            {
                case VariableExpressionNode:
                    return null;
                case MemberExpressionNode member when member is not InvokeMemberExpressionNode && member.Member is StringConstantExpressionNode:
                    expression = member.Expression;
                    continue;
                case IndexExpressionNode index:
                    if (!ConstantExpressions.IsConstant(index.Index, ConstantExpressions.Context.Attribute))
                    {
                        return index.Index;
                    }

                    expression = index.Target;
                    continue;
                default:
                    return expression;
            }
        }
    }

    /// <inheritdoc />
    public override VisitAction VisitVariableExpression(VariableExpressionNode node)
    {
        if (node.Splatted && node.Parent is not (CommandNode or UsingExpressionNode or DynamicKeywordStatementNode))
        {
            var errorId = node.Parent is ArrayLiteralNode { Parent: CommandNode } ? ErrorIds.SplattingNotPermittedInArgumentList : ErrorIds.SplattingNotPermitted;
            Report(node, errorId, node.VariablePath.UserPath);
        }

        if (node.VariablePath.UserPath.Equals("this", StringComparison.OrdinalIgnoreCase) && IsInStaticMember(node))
        {
            Report(node, ErrorIds.NonStaticMemberAccessInStaticMember, node.VariablePath.UserPath);
        }

        return VisitAction.Continue;
    }
}
