using System.Text;
using ScriptGen.Core.Rendering.Nodes;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Writes compiled template nodes with a set of values. A value reaches the output only through
/// <see cref="PowerShellLiteral"/> or <see cref="CommentText"/>; a name that is unknown, or used where it has no value,
/// stops rendering instead of writing nothing.
/// </summary>
public sealed class TemplateEvaluator(IReadOnlyDictionary<string, string?> values, Func<string, string, IReadOnlyList<TemplateNode>> partials)
{
    private const int MaxPartialDepth = 16;

    /// <summary>Writes <paramref name="nodes"/> to <paramref name="output"/>.</summary>
    public void Write(IReadOnlyList<TemplateNode> nodes, StringBuilder output) => Write(nodes, output, depth: 0);

    private void Write(IReadOnlyList<TemplateNode> nodes, StringBuilder output, int depth)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode text:
                    output.Append(text.Text);
                    break;
                case ValueNode value:
                    output.Append(PowerShellLiteral.Quote(Required(value.Name)));
                    break;
                case CommentValueNode comment:
                    output.Append(CommentText.Encode(Required(comment.Name)));
                    break;
                case ConditionNode condition:
                    Write(Holds(condition) ? condition.Then : condition.Else, output, depth);
                    break;
                case PartialNode include when depth < MaxPartialDepth:
                    Write(partials(include.Name, include.Indent), output, depth + 1);
                    break;
                default:
                    throw new TemplateRenderException("Partials nest too deeply; a partial may be including itself.");
            }
        }
    }

    private bool Holds(ConditionNode condition)
    {
        var value = Lookup(condition.Name);
        return condition.Kind switch
        {
            ConditionKind.If => value is not null,
            ConditionKind.Unless => value is null,
            _ => value == condition.Literal,
        };
    }

    private string Required(string name) =>
        Lookup(name) ?? throw new TemplateRenderException($"{{{{{name}}}}} has no value here; guard it with {{{{#if {name}}}}}.");

    private string? Lookup(string name) =>
        values.TryGetValue(name, out var value)
            ? string.IsNullOrEmpty(value) ? null : value
            : throw new TemplateRenderException($"\"{name}\" is not a parameter, lookup value or built-in value.");
}
