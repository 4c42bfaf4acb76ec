using System.Globalization;
using System.Text;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// Writes a tree as indented text, one node per line with its position and text, to read a parse at a glance and to
/// snapshot it in tests. Nested string expressions are marked with <c>~</c>.
/// </summary>
public static class SyntaxDumper
{
    private const int MaxTextLength = 60;

    /// <summary>Dumps <paramref name="root"/> and everything below it.</summary>
    public static string Dump(SyntaxNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var output = new StringBuilder();
        var stack = new Stack<(SyntaxNode Node, int Depth, bool Nested)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, nested) = stack.Pop();
            output.Append(' ', depth * 2);
            if (nested)
            {
                output.Append('~');
            }

            output.Append(node.GetType().Name.Replace("Node", string.Empty, StringComparison.Ordinal));
            var start = node.Start;
            var end = node.End;
            output.Append(CultureInfo.InvariantCulture, $" [{start.Line},{start.Column}-{end.Line},{end.Column})");
            AppendDetails(output, node);
            output.Append(' ').AppendLine(Quote(node.Text));

            var children = new ChildList();
            node.WriteElements(children);
            for (var i = children.Items.Count - 1; i >= 0; i--)
            {
                stack.Push((children.Items[i].Node, depth + 1, children.Items[i].Nested));
            }
        }

        return output.ToString();
    }

    private static void AppendDetails(StringBuilder output, SyntaxNode node)
    {
        var detail = node switch
        {
            BinaryExpressionNode binary => binary.Operator.ToString(),
            UnaryExpressionNode unary => unary.Operator.ToString(),
            AssignmentStatementNode assignment => assignment.Operator.ToString(),
            VariableExpressionNode variable => (variable.Splatted ? "@" : "$") + variable.VariablePath.UserPath,
            StringConstantExpressionNode text => text.StringConstantType + " " + Quote(text.Value),
            ExpandableStringExpressionNode expandable => expandable.StringConstantType.ToString(),
            ConstantExpressionNode constant => constant.Value is { } value ? value.GetType().Name + " " + Convert.ToString(value, CultureInfo.InvariantCulture) : "invalid",
            NamedBlockNode block => block.IsUnnamed ? "unnamed" : block.BlockKind.ToString(),
            CommandNode command => command.InvocationOperator == TokenKind.Unknown ? null : command.InvocationOperator.ToString(),
            CommandParameterNode parameter => "-" + parameter.ParameterName,
            FunctionDefinitionNode function => function.Name,
            TypeNameNode type => type.FullName,
            MemberExpressionNode member => member.OperatorToken.Kind.ToString(),
            PipelineChainNode chain => chain.Operator.ToString(),
            TypeDefinitionNode type => type.Name,
            MemberNode member => member.Name,
            LoopStatementNode { LabelText: { } label } => ":" + label,
            _ => null,
        };
        if (detail is not null)
        {
            output.Append(' ').Append(detail);
        }
    }

    private static string Quote(string text)
    {
        var shown = text.Length > MaxTextLength ? text[..MaxTextLength] + "..." : text;
        return "\"" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    private sealed class ChildList : ISyntaxElementSink
    {
        public List<(SyntaxNode Node, bool Nested)> Items { get; } = [];

        public void AddToken(in Token token)
        {
        }

        public void AddNode(SyntaxNode node) => Items.Add((node, false));

        public void AddNested(SyntaxNode node) => Items.Add((node, true));
    }
}
