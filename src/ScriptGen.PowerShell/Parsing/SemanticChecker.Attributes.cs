using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class SemanticChecker
{
    /// <inheritdoc />
    public override VisitAction VisitAttribute(AttributeNode node)
    {
        var context = IsClassAttribute(node) ? ConstantExpressions.Context.ClassAttribute : ConstantExpressions.Context.Attribute;
        var errorId = context == ConstantExpressions.Context.ClassAttribute
            ? ErrorIds.ParameterAttributeArgumentNeedsToBeConstant
            : ErrorIds.ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in node.NamedArguments)
        {
            if (!names.Add(named.ArgumentName))
            {
                Report(named, ErrorIds.DuplicateNamedArgument, named.ArgumentName);
            }
            else if (named.Argument is { } value && !ConstantExpressions.IsConstant(value, context))
            {
                Report(value, errorId);
            }
        }

        foreach (var positional in node.PositionalArguments)
        {
            if (!ConstantExpressions.IsConstant(positional, context))
            {
                Report(positional, errorId);
            }
        }

        return VisitAction.Continue;
    }

    /// <summary>Attributes on classes, their members and method parameters become .NET metadata: no script blocks.</summary>
    private static bool IsClassAttribute(AttributeNode node) => node.Parent switch
    {
        TypeDefinitionNode or PropertyMemberNode or FunctionMemberNode => true,
        ParameterNode parameter => parameter.Parent is FunctionMemberNode,
        _ => false,
    };
}
