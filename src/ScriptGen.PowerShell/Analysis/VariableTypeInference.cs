using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Tells whether an expression, or a variable at a point of the script, certainly holds one value of a known type
/// (an int, a string, a hashtable) rather than an array, an object of unknown type or nothing, in the cases
/// PSScriptAnalyzer's variable analysis decides: assignments of constants, strings, casts, <c>-as</c>, literals and
/// other such variables, and typed parameters. Each function (or class method) is analysed with the assignments of
/// the scopes around it. Simpler than PSScriptAnalyzer's flow analysis: a variable has a known type when every
/// assignment of it in its function and the scopes around agrees on that type and one of them comes before the use.
/// </summary>
internal sealed class VariableTypeInference(IReadOnlySet<string> scriptTypes)
{
    private const int MaxDepth = 16;

    private static readonly Dictionary<string, string> CanonicalNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = "String", ["int"] = "Int32", ["int32"] = "Int32", ["long"] = "Int64", ["int64"] = "Int64",
        ["short"] = "Int16", ["int16"] = "Int16", ["byte"] = "Byte", ["bool"] = "Boolean", ["double"] = "Double",
        ["float"] = "Single", ["single"] = "Single", ["decimal"] = "Decimal", ["char"] = "Char", ["datetime"] = "DateTime",
        ["hashtable"] = "Hashtable", ["scriptblock"] = "ScriptBlock", ["type"] = "Type", ["switch"] = "SwitchParameter",
        ["guid"] = "Guid", ["timespan"] = "TimeSpan", ["version"] = "Version", ["uri"] = "Uri",
    };

    // Keyed by function (null for the top level) and lower-cased name.
    private readonly Dictionary<(SyntaxNode? Region, string Name), List<Definition>> _definitions = [];
    private int _depth;

    /// <summary>Records an assignment (<c>$x = value</c>, <c>[T]$x = value</c>, <c>$a, $b = values</c>).</summary>
    public void AddAssignment(AssignmentStatementNode assignment)
    {
        var target = assignment.Left is ConvertExpressionNode convert ? convert.Child : assignment.Left;
        if (target is VariableExpressionNode variable)
        {
            Add(variable, new Definition(assignment.Span.Start, AtEntry: false, Value: assignment.Right, Declared: null));
        }
        else if (target is ArrayLiteralNode targets)
        {
            foreach (var element in targets.Elements)
            {
                if (element is VariableExpressionNode each)
                {
                    Add(each, new Definition(assignment.Span.Start, AtEntry: false, Value: null, Declared: null));
                }
            }
        }
    }

    /// <summary>Records a parameter: typed by its first type constraint, or by a constant default value.</summary>
    public void AddParameter(ParameterNode parameter)
    {
        TypeNameNode? declared = null;
        foreach (var attribute in parameter.Attributes)
        {
            if (attribute is TypeConstraintNode constraint)
            {
                declared = constraint.TypeName;
                break;
            }
        }

        var constantDefault = parameter.DefaultValue as ConstantExpressionNode;
        Add(parameter.Name, new Definition(parameter.Span.Start, AtEntry: true, Value: constantDefault, Declared: constantDefault is null ? declared : null));
    }

    /// <summary>Records a variable set by PowerShell to values of any type (a foreach loop variable).</summary>
    public void AddUntypedDefinition(VariableExpressionNode variable) =>
        Add(variable, new Definition(variable.Span.Start, AtEntry: false, Value: null, Declared: null));

    /// <summary>The type <paramref name="variable"/> certainly has where it is used, or null when it may be anything, an array or unset.</summary>
    public string? TypeAt(VariableExpressionNode variable)
    {
        if (_depth > MaxDepth)
        {
            return null;
        }

        _depth++;
        try
        {
            return Infer(variable);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>The type <paramref name="expression"/> certainly has by its form alone (a constant, a string, a cast), or null.</summary>
    public string? TypeOf(ExpressionNode expression) => expression switch
    {
        ConstantExpressionNode constant => constant.Value?.GetType().Name,
        ExpandableStringExpressionNode => "String",
        HashtableNode => "Hashtable",
        ScriptBlockExpressionNode => "ScriptBlock",
        TypeExpressionNode => "Type",
        ConvertExpressionNode convert => TypeNamed(convert.Type.TypeName),
        BinaryExpressionNode { Operator: TokenKind.And or TokenKind.Or or TokenKind.Xor or TokenKind.Is } => "Boolean",
        UnaryExpressionNode { Operator: TokenKind.Not or TokenKind.Exclaim } => "Boolean",
        _ => null,
    };

    private string? Infer(VariableExpressionNode use)
    {
        var name = use.VariablePath.Name.ToLowerInvariant();
        var region = RegionOf(use);
        string? type = null;
        var reached = false;
        var any = false;
        for (var scope = region; ; scope = RegionOf(scope))
        {
            if (_definitions.TryGetValue((scope, name), out var definitions))
            {
                foreach (var definition in definitions)
                {
                    var defined = TypeOf(definition);
                    if (defined is null || (any && !string.Equals(type, defined, StringComparison.OrdinalIgnoreCase)))
                    {
                        return null;
                    }

                    type = defined;
                    any = true;
                    reached |= scope != region || definition.AtEntry || definition.Start < use.Span.Start;
                }
            }

            if (scope is null)
            {
                break;
            }
        }

        return reached ? type : null;
    }

    private string? TypeOf(Definition definition)
    {
        if (definition.Declared is { } declared)
        {
            return TypeNamed(declared);
        }

        var value = definition.Value switch
        {
            ExpressionNode expression => expression,
            PipelineBaseNode pipeline => pipeline.GetPureExpression(),
            _ => null,
        };
        return value switch
        {
            VariableExpressionNode { IsConstantVariable: true } constant => constant.Name.Equals("null", StringComparison.OrdinalIgnoreCase) ? null : "Boolean",
            VariableExpressionNode other => TypeAt(other),
            BinaryExpressionNode { Operator: TokenKind.As, Right: TypeExpressionNode target } => TypeNamed(target.TypeName),
            null => null,
            _ => TypeOf(value),
        };
    }

    private string? TypeNamed(TypeNameNode type)
    {
        if (StaticTypes.Classify(type, scriptTypes) is not (StaticTypeKind.String or StaticTypeKind.Other))
        {
            return null;
        }

        var name = type.Name.StartsWith("System.", StringComparison.OrdinalIgnoreCase) && type.Name.IndexOf('.', 7) < 0 ? type.Name[7..] : type.Name;
        return CanonicalNames.GetValueOrDefault(name, name);
    }

    private void Add(VariableExpressionNode variable, Definition definition)
    {
        var key = (RegionOf(variable), variable.VariablePath.Name.ToLowerInvariant());
        if (!_definitions.TryGetValue(key, out var list))
        {
            _definitions[key] = list = [];
        }

        list.Add(definition);
    }

    // The function or class method a node belongs to, or null for the script's top level.
    private static SyntaxNode? RegionOf(SyntaxNode? node)
    {
        for (var current = node?.Parent; current is not null; current = current.Parent)
        {
            if (current is FunctionDefinitionNode or FunctionMemberNode)
            {
                return current;
            }
        }

        return null;
    }

    private sealed record Definition(int Start, bool AtEntry, SyntaxNode? Value, TypeNameNode? Declared);
}
