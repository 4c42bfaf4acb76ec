using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Finds the if, elseif, while and do-while conditions that contain a node, the way PSScriptAnalyzer's operator rules search
/// a condition (Ast.Find without nested script blocks): a function definition, trap or script block expression in between
/// hides the node from every condition above it.
/// </summary>
internal static class ConditionOwners
{
    /// <summary>
    /// The nearest ancestor of <paramref name="node"/> whose condition contains it: an <see cref="IfClauseNode"/>,
    /// <see cref="WhileStatementNode"/> or <see cref="DoWhileStatementNode"/>; pass the result back in to get the next one
    /// out. Null when there is none below the nearest function, trap or script block expression.
    /// </summary>
    public static SyntaxNode? Next(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case FunctionDefinitionNode or TrapStatementNode or ScriptBlockExpressionNode:
                    return null;
                case IfClauseNode clause when clause.Condition == child:
                case WhileStatementNode loop when loop.Condition == child:
                case DoWhileStatementNode doLoop when doLoop.Condition == child:
                    return parent;
            }
        }

        return null;
    }
}
