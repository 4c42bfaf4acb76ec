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

    /// <summary>Reads the modules of <c>-Modules</c>: names and module specification hashtables; false when one is not constant.</summary>
    public static bool TryReadModules(ExpressionNode argument, SourceText source, List<RequiredModule> modules)
    {
        var elements = argument is ArrayLiteralNode array ? array.Elements : [argument];
        foreach (var element in elements)
        {
            if (element is HashtableNode hashtable)
            {
                if (!TryReadSpecification(hashtable, source, out var module))
                {
                    return false;
                }

                modules.Add(module);
            }
            else if (element is ConstantExpressionNode && TryRead(element, source, out var names))
            {
                modules.Add(new RequiredModule(names[0]));
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryReadSpecification(HashtableNode hashtable, SourceText source, out RequiredModule module)
    {
        string name = string.Empty;
        string? version = null, requiredVersion = null, maximumVersion = null, guid = null;
        module = new RequiredModule(name);
        foreach (var pair in hashtable.KeyValuePairs)
        {
            if (pair.Key is not ConstantExpressionNode key
                || pair.Value is not PipelineNode pipeline
                || pipeline.GetPureExpression() is not ConstantExpressionNode value
                || !TryRead(key, source, out var keyText)
                || !TryRead(value, source, out var valueText))
            {
                return false;
            }

            switch (keyText[0].ToUpperInvariant())
            {
                case "MODULENAME":
                    name = valueText[0];
                    break;
                case "MODULEVERSION":
                    version = valueText[0];
                    break;
                case "REQUIREDVERSION":
                    requiredVersion = valueText[0];
                    break;
                case "MAXIMUMVERSION":
                    maximumVersion = valueText[0];
                    break;
                case "GUID":
                    guid = valueText[0];
                    break;
            }
        }

        module = new RequiredModule(name, version, requiredVersion, maximumVersion, guid);
        return true;
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
