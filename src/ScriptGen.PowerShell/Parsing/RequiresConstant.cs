using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>Reads the constant value of a <c>#requires</c> argument: strings, numbers, arrays and hashtables of them.</summary>
internal static class RequiresConstant
{
    /// <summary>The values as text (a hashtable gives its own text); false when the argument is not constant.</summary>
    public static bool TryRead(ExpressionNode argument, SourceText source, out List<string> values)
    {
        values = [];
        return TryAdd(argument, source, values);
    }

    private static bool TryAdd(ExpressionNode argument, SourceText source, List<string> values)
    {
        switch (argument)
        {
            case StringConstantExpressionNode text:
                values.Add(StringValue.Decode(source.Text.AsSpan(text.LiteralToken.Start, text.LiteralToken.Length), text.StringConstantType));
                return true;
            case ConstantExpressionNode number:
                values.Add(source.GetText(number.LiteralToken.Span));
                return true;
            case ArrayLiteralNode array:
                foreach (var element in array.Elements)
                {
                    if (!TryAdd(element, source, values))
                    {
                        return false;
                    }
                }

                return true;
            case HashtableNode hashtable when hashtable.KeyValuePairs.All(IsConstantPair):
                values.Add(source.GetText(hashtable.Span));
                return true;
            default:
                return false;
        }

        bool IsConstantPair(HashtablePairNode pair) =>
            pair.Key is ConstantExpressionNode && pair.Value is PipelineNode pipeline && pipeline.GetPureExpression() is ConstantExpressionNode or ArrayLiteralNode;
    }
}
