using System.Text.RegularExpressions;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Suppressions;

/// <summary>
/// Reads <c>[Diagnostics.CodeAnalysis.SuppressMessageAttribute(RuleName, RuleSuppressionId, Scope=…, Target=…, Justification=…)]</c>
/// as PSScriptAnalyzer does: on a param block it covers the function (or the whole script), on a class or class member
/// it covers that; with Scope 'Function' or 'Class' and a Target glob it covers the matching functions or classes
/// inside instead. Arguments must be string constants.
/// </summary>
public static class AttributeSuppressionReader
{
    private static readonly string[] TypeNames =
    [
        "SuppressMessageAttribute", "SuppressMessage",
        "Diagnostics.CodeAnalysis.SuppressMessageAttribute", "Diagnostics.CodeAnalysis.SuppressMessage",
        "System.Diagnostics.CodeAnalysis.SuppressMessageAttribute", "System.Diagnostics.CodeAnalysis.SuppressMessage",
    ];

    /// <summary>The attribute suppressions below <paramref name="root"/>; malformed ones go to <paramref name="problems"/>.</summary>
    public static IEnumerable<Suppression> Read(ScriptBlockNode root, List<SuppressionProblem> problems)
    {
        // Every accepted type name contains "SuppressMessage", and a type name is written out in full (no escapes):
        // a script without those letters has no such attribute, and a walk of its whole tree is saved.
        if (!root.Source.Text.Contains("SuppressMessage", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        foreach (var attribute in NodeCollector<AttributeNode>.Collect(root))
        {
            if (!TypeNames.Contains(attribute.TypeName.FullName, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var owner = Owner(attribute);
            if (owner is null)
            {
                continue;
            }

            foreach (var suppression in Read(attribute, owner, problems))
            {
                yield return suppression;
            }
        }
    }

    private static IEnumerable<Suppression> Read(AttributeNode attribute, SyntaxNode owner, List<SuppressionProblem> problems)
    {
        var values = Arguments(attribute, problems);
        if (values is null)
        {
            return [];
        }

        var ruleName = values.GetValueOrDefault("RuleName");
        if (string.IsNullOrEmpty(ruleName))
        {
            problems.Add(new SuppressionProblem(attribute.Span, "SuppressMessageAttribute needs the rule name as its first argument."));
            return [];
        }

        var scope = values.GetValueOrDefault("Scope");
        var target = values.GetValueOrDefault("Target");
        var justification = values.GetValueOrDefault("Justification") ?? string.Empty;
        var id = values.GetValueOrDefault("RuleSuppressionId");
        if (target is not null && scope is null)
        {
            problems.Add(new SuppressionProblem(attribute.Span, "SuppressMessageAttribute has a Target but no Scope ('Function' or 'Class')."));
            return [];
        }

        if (scope is null)
        {
            return [new Suppression(ruleName, id, owner.Span, justification, SuppressionSource.Attribute, attribute.Span)];
        }

        var spans = Targets(owner, scope, target ?? "*").ToArray();
        if (spans.Length == 0)
        {
            problems.Add(new SuppressionProblem(attribute.Span, $"SuppressMessageAttribute's Target '{target}' matches no {scope.ToLowerInvariant()} in its scope."));
        }

        return spans.Select(span => new Suppression(ruleName, id, span, justification, SuppressionSource.Attribute, attribute.Span));
    }

    private static Dictionary<string, string?>? Arguments(AttributeNode attribute, List<SuppressionProblem> problems)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var positional = new[] { "RuleName", "RuleSuppressionId" };
        var index = 0;
        var seenNamed = false;
        foreach (var argument in attribute.Arguments)
        {
            string name;
            SyntaxNode? valueNode;
            if (argument is NamedAttributeArgumentNode named)
            {
                seenNamed = true;
                name = named.ArgumentName;
                valueNode = named.Argument;
            }
            else if (seenNamed || index >= positional.Length)
            {
                problems.Add(new SuppressionProblem(argument.Span, "SuppressMessageAttribute takes at most two positional arguments, before any named one."));
                return null;
            }
            else
            {
                name = positional[index++];
                valueNode = argument;
            }

            if (valueNode is null || !ConstantValue.TryRead(valueNode, out var value, out _) || value is not string text)
            {
                problems.Add(new SuppressionProblem(argument.Span, $"SuppressMessageAttribute's {name} must be a string constant."));
                return null;
            }

            if (!values.TryAdd(name, text))
            {
                problems.Add(new SuppressionProblem(argument.Span, $"SuppressMessageAttribute gives {name} twice."));
                return null;
            }
        }

        return values;
    }

    private static SyntaxNode? Owner(AttributeNode attribute) => attribute.Parent switch
    {
        ParamBlockNode { Parent: ScriptBlockNode block } => block.Parent is FunctionDefinitionNode function ? function : block,
        TypeDefinitionNode type => type,
        MemberNode member => member,
        _ => null,
    };

    private static IEnumerable<TextSpan> Targets(SyntaxNode owner, string scope, string target)
    {
        var pattern = new Regex("^" + Regex.Escape(target).Replace("\\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return scope.ToLowerInvariant() switch
        {
            "function" => owner.DescendantsOfType<FunctionDefinitionNode>().Where(f => pattern.IsMatch(f.Name)).Select(f => f.Span),
            "class" => owner.DescendantsOfType<TypeDefinitionNode>().Where(t => pattern.IsMatch(t.Name)).Select(t => t.Span),
            _ => [],
        };
    }
}
