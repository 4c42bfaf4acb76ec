using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Flow;

/// <summary>
/// Finds the assignment that most likely gave a variable its value where it is read: the nearest <c>$name = ...</c>
/// among the statements before the read, in its own block and then in the enclosing blocks, without leaving the
/// function. Branches and loops are not followed; a rule that uses this should stay silent when nothing is found.
/// </summary>
public static class PrecedingAssignment
{
    /// <summary>The assignment to <paramref name="variable"/> before it, or null.</summary>
    public static AssignmentStatementNode? Find(VariableExpressionNode variable)
    {
        SyntaxNode child = variable;
        for (var node = variable.Parent; node is not null and not FunctionDefinitionNode; child = node, node = node.Parent)
        {
            if (node is not StatementBlockNode block)
            {
                continue;
            }

            var statements = block.AllStatements;
            for (var i = IndexOf(statements, child) - 1; i >= 0; i--)
            {
                if (statements[i] is AssignmentStatementNode { Left: VariableExpressionNode target } assignment
                    && string.Equals(target.Name, variable.Name, StringComparison.OrdinalIgnoreCase))
                {
                    return assignment;
                }
            }
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<StatementNode> statements, SyntaxNode child)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (ReferenceEquals(statements[i], child))
            {
                return i;
            }
        }

        return -1;
    }
}
