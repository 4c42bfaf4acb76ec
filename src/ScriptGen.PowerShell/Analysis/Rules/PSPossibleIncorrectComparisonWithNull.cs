using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>$x -eq $null</c> (and -ne, -ceq, -cne, -ieq, -ine) with $null on the right: when <c>$x</c> is an array,
/// PowerShell filters the array for $null elements instead of testing <c>$x</c> itself, so the test is silently wrong.
/// Not reported when the left side certainly holds one value of a known type (a constant, a string, a cast, a variable
/// assigned such values or a typed parameter), nor for PowerShell's automatic and preference variables.
/// </summary>
public sealed class PSPossibleIncorrectComparisonWithNull : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSPossibleIncorrectComparisonWithNull),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Put $null on the left of equality comparisons: $null -eq $x.");

    private readonly List<BinaryExpressionNode> _comparisons = [];
    private readonly List<AssignmentStatementNode> _assignments = [];
    private readonly List<ParameterNode> _parameters = [];
    private readonly List<VariableExpressionNode> _loopVariables = [];
    private readonly HashSet<string> _scriptTypes = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration)
    {
        registration.OnNode<BinaryExpressionNode>((binary, _) =>
        {
            if (binary.Operator is TokenKind.Ieq or TokenKind.Ine or TokenKind.Ceq or TokenKind.Cne && IsNull(binary.Right))
            {
                _comparisons.Add(binary);
            }
        });
        registration.OnNode<AssignmentStatementNode>((assignment, _) => _assignments.Add(assignment));
        registration.OnNode<ParameterNode>((parameter, _) => _parameters.Add(parameter));
        registration.OnNode<ForEachStatementNode>((loop, _) => _loopVariables.Add(loop.Variable));
        registration.OnNode<TypeDefinitionNode>((type, _) => _scriptTypes.Add(type.Name));
        registration.OnEnd(Report);
    }

    // After the walk: a variable's type depends on assignments anywhere in its function and the scopes around it.
    private void Report(RuleContext context)
    {
        if (_comparisons.Count == 0)
        {
            return;
        }

        var types = new VariableTypeInference(_scriptTypes);
        _assignments.ForEach(types.AddAssignment);
        _parameters.ForEach(types.AddParameter);
        _loopVariables.ForEach(types.AddUntypedDefinition);
        foreach (var comparison in _comparisons)
        {
            var known = comparison.Left is VariableExpressionNode variable
                ? SpecialVariables.Contains(variable.VariablePath.UserPath) || types.TypeAt(variable) is not null
                : types.TypeOf(comparison.Left) is not null;
            if (known)
            {
                continue;
            }

            var swapped = $"{comparison.Right.Text} {context.Source.GetText(comparison.OperatorToken.Span)} {comparison.Left.Text}";
            context.Report(
                comparison,
                $"$null is on the right of this comparison: if the left side is an array, PowerShell returns its $null elements instead of testing it. Write {swapped}.",
                corrections: [context.Fix(comparison.Span, swapped, "Use $null on the left hand side for safe comparison with $null.")]);
        }
    }

    // Written exactly $null, as PSScriptAnalyzer compares the text.
    private static bool IsNull(ExpressionNode expression) =>
        expression is VariableExpressionNode { Span.Length: 5 } variable && variable.VariablePath.UserPath.Equals("null", StringComparison.OrdinalIgnoreCase);
}
