using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class SemanticChecker
{
    /// <inheritdoc />
    public override VisitAction VisitFunctionMember(FunctionMemberNode node)
    {
        var body = node.Body;
        if (body.ParamBlock is { } paramBlock)
        {
            Report(paramBlock, ErrorIds.ParamBlockNotAllowedInMethod);
        }

        if (body.Blocks.FirstOrDefault(static b => !b.IsUnnamed) is { } named)
        {
            Report(named, ErrorIds.NamedBlockNotAllowedInMethod);
        }

        if (node.IsConstructor && node.ReturnType is { } returnType)
        {
            Report(returnType, ErrorIds.ConstructorCantHaveReturnType);
        }

        CheckDuplicateParameters(node.Parameters);
        if (!IsVoid(node) && !node.IsConstructor && !ReturnAnalysis.AllPathsReturn(body))
        {
            Report(node.NameToken.Span, ErrorIds.MethodHasCodePathNotReturn);
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitTypeDefinition(TypeDefinitionNode node)
    {
        (_typeDefinitions ??= []).Add(node);
        if (node.Attributes.FirstOrDefault(static a => a.TypeName.Name.Equals("DscResource", StringComparison.OrdinalIgnoreCase)
            || a.TypeName.Name.Equals("DscResourceAttribute", StringComparison.OrdinalIgnoreCase)) is { } dscResource)
        {
            DscResourceChecks.Check(node, dscResource, _diagnostics);
        }

        return VisitAction.Continue;
    }

    /// <summary>In a method, assigning to a bare name that is a property of the class needs $this. (or [Type]:: for a static one).</summary>
    private void CheckPropertyAssignmentInMethod(AssignmentStatementNode node)
    {
        if (EnclosingMember(node) is not FunctionMemberNode method || method.Parent is not TypeDefinitionNode type)
        {
            return;
        }

        foreach (var target in AssignmentTargets(node.Left))
        {
            var expression = target;
            while (expression is ConvertExpressionNode convert)
            {
                expression = convert.Child;
            }

            if (expression is not VariableExpressionNode { VariablePath.IsUnqualified: true } variable
                || method.Parameters.Any(p => p.Name.Name.Equals(variable.Name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var property = type.Members.OfType<PropertyMemberNode>().FirstOrDefault(p => p.Name.Equals(variable.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                continue;
            }

            if (property.IsStatic)
            {
                Report(variable, ErrorIds.MissingTypeInStaticPropertyAssignment, "[" + type.Name + "]::", property.Name);
            }
            else
            {
                Report(variable, ErrorIds.MissingThis, "$this.", property.Name);
            }
        }
    }

    private static IEnumerable<ExpressionNode> AssignmentTargets(ExpressionNode left)
    {
        switch (left)
        {
            case ParenExpressionNode paren when paren.Pipeline.GetPureExpression() is { } inner:
                foreach (var target in AssignmentTargets(inner))
                {
                    yield return target;
                }

                break;
            case ArrayLiteralNode array:
                foreach (var target in array.Elements.SelectMany(AssignmentTargets))
                {
                    yield return target;
                }

                break;
            default:
                yield return left;
                break;
        }
    }

    /// <summary>Two classes or enums with the same name in one script block scope.</summary>
    private void CheckDuplicateTypes()
    {
        if (_typeDefinitions is not { Count: > 1 } types)
        {
            return;
        }

        var seen = new HashSet<(ScriptBlockNode?, string)>();
        foreach (var type in types)
        {
            if (!seen.Add((type.FirstAncestor<ScriptBlockNode>(), type.Name.ToUpperInvariant())))
            {
                Report(type, ErrorIds.MemberAlreadyDefined, type.Name);
            }
        }
    }
}
