using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Settings;

/// <summary>
/// Reads a PowerShell expression as data without running it, as PSScriptAnalyzer reads settings files: strings,
/// numbers, $true, $false, $null, arrays (@() or comma lists) and hashtables. Anything else is refused.
/// </summary>
public static class ConstantValue
{
    /// <summary>The value of <paramref name="node"/>; false with the offending node when it is not constant data.</summary>
    public static bool TryRead(SyntaxNode node, out object? value, out SyntaxNode offending)
    {
        value = null;
        offending = node;
        switch (node)
        {
            case PipelineNode { PipelineElements: [CommandExpressionNode { Expression: var expression }] }:
                return TryRead(expression, out value, out offending);
            case CommandExpressionNode command:
                return TryRead(command.Expression, out value, out offending);
            case ParenExpressionNode paren:
                return TryRead(paren.Pipeline, out value, out offending);
            case StringConstantExpressionNode text:
                value = text.Value;
                return true;
            case ExpandableStringExpressionNode { NestedExpressions.Count: 0 } text:
                value = text.Value;
                return true;
            case ConstantExpressionNode constant:
                value = constant.Value;
                return true;
            case VariableExpressionNode variable when variable.VariablePath.IsUnqualified:
                return TryReadVariable(variable.Name, out value);
            case ArrayLiteralNode array:
                return TryReadAll(array.Elements, out value, out offending);
            case ArrayExpressionNode array:
                return TryReadAll(array.SubExpression.AllStatements.SelectMany(Flatten).ToArray(), out value, out offending);
            case HashtableNode hashtable:
                return TryReadHashtable(hashtable, out value, out offending);
            default:
                return false;
        }
    }

    private static IEnumerable<SyntaxNode> Flatten(StatementNode statement) =>
        statement is PipelineNode { PipelineElements: [CommandExpressionNode { Expression: ArrayLiteralNode array }] }
            ? array.Elements
            : [statement];

    private static bool TryReadVariable(string name, out object? value)
    {
        value = name.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        return value is not null || string.Equals(name, "null", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryReadAll(IReadOnlyList<SyntaxNode> nodes, out object? value, out SyntaxNode offending)
    {
        var items = new object?[nodes.Count];
        offending = null!;
        value = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!TryRead(nodes[i], out items[i], out offending))
            {
                return false;
            }
        }

        value = items;
        return true;
    }

    private static bool TryReadHashtable(HashtableNode hashtable, out object? value, out SyntaxNode offending)
    {
        var entries = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        value = null;
        foreach (var pair in hashtable.KeyValuePairs)
        {
            if (!TryRead(pair.Key, out var key, out offending) || key is not string name)
            {
                offending = pair.Key;
                return false;
            }

            if (!TryRead(pair.Value, out var item, out offending))
            {
                return false;
            }

            entries[name] = item;
        }

        offending = hashtable;
        value = entries;
        return true;
    }
}
