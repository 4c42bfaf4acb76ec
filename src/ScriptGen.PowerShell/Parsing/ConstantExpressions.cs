using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>Decides, as PowerShell does, whether an expression is a constant (an attribute argument must be one).</summary>
internal static class ConstantExpressions
{
    internal enum Context
    {
        /// <summary>An attribute on a function or script parameter: script blocks count as constants.</summary>
        Attribute,
        /// <summary>An attribute in a class: script blocks do not.</summary>
        ClassAttribute,
    }

    public static bool IsConstant(SyntaxNode node, Context context)
    {
        switch (node)
        {
            case ConstantExpressionNode:
                return true;
            case VariableExpressionNode variable:
                return variable.IsConstantVariable;
            case BinaryExpressionNode binary:
                return binary.Operator.HasTrait(TokenFlags.CanConstantFold) && IsConstant(binary.Left, context)
                    && IsConstant(binary.Right, context) && !IsNullDivisor(binary);
            case UnaryExpressionNode unary:
                return unary.Operator.HasTrait(TokenFlags.CanConstantFold) && IsConstant(unary.Operand, context);
            case TernaryExpressionNode ternary:
                return IsConstant(ternary.Condition, context) && IsConstant(ternary.IfTrue, context) && IsConstant(ternary.IfFalse, context);
            case ConvertExpressionNode convert:
                return TypeNames.IsSafePrimitive(convert.Type.TypeName) && IsConstant(convert.Child, context);
            case ParenExpressionNode paren:
                return paren.Pipeline.GetPureExpression() is { } inner && IsConstant(inner, context);
            case SubExpressionNode sub:
                return sub.SubExpression.AllStatements is [PipelineNode pipeline] && pipeline.GetPureExpression() is { } pure && IsConstant(pure, context);
            case ArrayLiteralNode array:
                return array.Elements.All(e => IsConstant(e, context));
            case ScriptBlockExpressionNode:
                return context == Context.Attribute;
            case TypeExpressionNode:
                return true;
            case MemberExpressionNode member:
                // A static field of a type ([int]::MaxValue): PowerShell accepts literal fields; without the types
                // at hand, any such field is taken as one.
                return member is not InvokeMemberExpressionNode && member.Static && member.Expression is TypeExpressionNode
                    && member.Member is StringConstantExpressionNode;
            case UsingExpressionNode usingExpression:
                return IsConstant(usingExpression.SubExpression, context);
            default:
                return false;
        }
    }

    private static bool IsNullDivisor(BinaryExpressionNode binary) =>
        binary.Operator is TokenKind.Divide or TokenKind.Rem
        && binary.Right is VariableExpressionNode variable
        && (variable.Name.Equals("false", StringComparison.OrdinalIgnoreCase) || variable.Name.Equals("null", StringComparison.OrdinalIgnoreCase));
}
