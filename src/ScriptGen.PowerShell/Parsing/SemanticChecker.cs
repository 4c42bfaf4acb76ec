using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// The checks PowerShell makes after parsing (its SemanticChecks and SymbolResolver): errors the grammar accepts
/// but the language does not, such as assigning to a constant, repeating a hashtable key or a parameter, or leaving
/// a finally block. Checks that need loaded types or modules (TypeNotFound, ModuleNotFoundDuringParse) are out of reach
/// without a PowerShell runtime and are not made.
/// </summary>
internal sealed partial class SemanticChecker : SyntaxVisitor
{
    private readonly ParseDiagnostics _diagnostics;
    private readonly ParserOptions _options;
    private List<TypeDefinitionNode>? _typeDefinitions;

    private SemanticChecker(ParseDiagnostics diagnostics, ParserOptions options)
    {
        _diagnostics = diagnostics;
        _options = options;
    }

    /// <summary>Checks a tree whose parents are set.</summary>
    public static void Check(ScriptBlockNode root, ParseDiagnostics diagnostics, ParserOptions options)
    {
        var checker = new SemanticChecker(diagnostics, options);
        root.Walk(checker);
        checker.CheckDuplicateTypes();
    }

    private void Report(TextSpan span, string errorId, params ReadOnlySpan<string> args) => _diagnostics.Report(errorId, span, args);

    private void Report(SyntaxNode node, string errorId, params ReadOnlySpan<string> args) => _diagnostics.Report(errorId, node.Span, args);

    /// <inheritdoc />
    public override VisitAction VisitParamBlock(ParamBlockNode node)
    {
        CheckDuplicateParameters(node.Parameters);
        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitFunctionDefinition(FunctionDefinitionNode node)
    {
        if (node.Parameters.Count > 0 && node.Body.ParamBlock is { } paramBlock)
        {
            Report(paramBlock, ErrorIds.OnlyOneParameterListAllowed);
        }
        else if (node.Parameters.Count > 0)
        {
            CheckDuplicateParameters(node.Parameters);
        }

        if (node.IsWorkflow && !_options.AllowWorkflows)
        {
            Report(node, ErrorIds.WorkflowNotSupportedInPowerShellCore);
        }

        return VisitAction.Continue;
    }

    private void CheckDuplicateParameters(IReadOnlyList<ParameterNode> parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters)
        {
            var name = parameter.Name.VariablePath.UserPath;
            if (parameter.Name.VariableToken.Length > 0 && !names.Add(name))
            {
                Report(parameter.Name, ErrorIds.DuplicateFormalParameter, name);
            }

            foreach (var type in parameter.TypeConstraints)
            {
                if (TypeNames.IsVoid(type.TypeName))
                {
                    Report(type, ErrorIds.VoidTypeConstraintNotAllowed);
                    break;
                }
            }
        }
    }

    /// <inheritdoc />
    public override VisitAction VisitParameter(ParameterNode node)
    {
        var inMethod = node.Parent is FunctionMemberNode;
        var sawType = false;
        foreach (var type in node.TypeConstraints)
        {
            if (TypeNames.IsOrdered(type.TypeName))
            {
                Report(type, ErrorIds.OrderedAttributeOnlyOnHashLiteralNode, type.TypeName.FullName);
            }
            else if (inMethod)
            {
                if (sawType)
                {
                    Report(type, ErrorIds.MultipleTypeConstraintsOnMethodParam);
                }

                sawType = true;
            }
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitSwitchStatement(SwitchStatementNode node)
    {
        if ((node.Flags & SwitchFlags.Parallel) != 0)
        {
            Report(node, ErrorIds.KeywordParameterReservedForFutureUse, "switch", "parallel");
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitForEachStatement(ForEachStatementNode node)
    {
        if (_options.AllowWorkflows)
        {
            return VisitAction.Continue;
        }

        if ((node.Flags & ForEachFlags.Parallel) != 0)
        {
            Report(node, ErrorIds.KeywordParameterReservedForFutureUse, "foreach", "parallel");
        }

        if (node.ThrottleLimit is not null)
        {
            Report(node, ErrorIds.KeywordParameterReservedForFutureUse, "foreach", "throttlelimit");
            if ((node.Flags & ForEachFlags.Parallel) == 0)
            {
                Report(node, ErrorIds.ThrottleLimitRequiresParallelFlag);
            }
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitBlockStatement(BlockStatementNode node)
    {
        if (node.FirstAncestor<FunctionDefinitionNode>() is not { IsWorkflow: true })
        {
            Report(node.Keyword.Span, ErrorIds.UnexpectedKeyword, node.Source.GetText(node.Keyword.Span));
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitTryStatement(TryStatementNode node)
    {
        var clauses = node.CatchClauses;
        for (var i = 0; i < clauses.Count - 1; i++)
        {
            for (var j = i + 1; j < clauses.Count; j++)
            {
                if (clauses[i].IsCatchAll)
                {
                    Report(new TextSpan(Math.Max(0, clauses[j].Span.Start - 1), 0), ErrorIds.EmptyCatchNotLast);
                    break;
                }

                foreach (var caught in clauses[i].CatchTypes)
                {
                    foreach (var later in clauses[j].CatchTypes)
                    {
                        if (TypeNames.AreSame(caught.TypeName, later.TypeName))
                        {
                            Report(later, ErrorIds.ExceptionTypeAlreadyCaught, later.TypeName.FullName);
                        }
                    }
                }
            }
        }

        return VisitAction.Continue;
    }

    /// <inheritdoc />
    public override VisitAction VisitHashtable(HashtableNode node)
    {
        if (node.KeyValuePairs.Count < 2)
        {
            return VisitAction.Continue;
        }

        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var isPropertyBlock = node.OpenToken.Kind == TokenKind.LCurly;
        foreach (var pair in node.KeyValuePairs)
        {
            if (pair.Key is ConstantExpressionNode constant && ConstantText(constant) is { } key && !keys.Add(key))
            {
                Report(pair.Key, isPropertyBlock ? ErrorIds.DuplicatePropertyInInstanceDefinition : ErrorIds.DuplicateKeyInHashLiteral, key);
            }
        }

        return VisitAction.Continue;
    }

    private static string? ConstantText(ConstantExpressionNode constant) => constant switch
    {
        StringConstantExpressionNode text => text.Value,
        _ => constant.Value is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    /// <inheritdoc />
    public override VisitAction VisitUsingStatement(UsingStatementNode node)
    {
        var supported = node.UsingKind is UsingStatementKind.Namespace or UsingStatementKind.Assembly or UsingStatementKind.Module;
        if (!supported || node.Alias is not null)
        {
            Report(node, ErrorIds.UsingStatementNotSupported);
        }

        if (node.UsingKind == UsingStatementKind.Namespace && node.Name is StringConstantExpressionNode name && !TypeNames.IsNamespace(name.Value))
        {
            Report(name, ErrorIds.InvalidNamespaceValue);
        }

        return VisitAction.Continue;
    }
}
