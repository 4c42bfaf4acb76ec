using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>
/// Walks an object graph by its fields and finds what an incremental model must never hold: symbols, syntax,
/// compilations and semantic models, which pin a whole compilation in memory and break caching.
/// </summary>
public static class ModelGraph
{
    private static readonly Type[] Forbidden = [typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel)];

    /// <summary>A description of every forbidden object reachable from <paramref name="root"/>.</summary>
    public static IReadOnlyList<string> ForbiddenObjects(object? root)
    {
        var found = new List<string>();
        Walk(root, "value", found, new HashSet<object>(ReferenceEqualityComparer.Instance));
        return found;
    }

    private static void Walk(object? node, string path, List<string> found, HashSet<object> seen)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || node is Pointer)
        {
            return;
        }

        var type = node.GetType();
        if (!type.IsValueType && !seen.Add(node))
        {
            return;
        }

        if (Forbidden.Any(f => f.IsAssignableFrom(type)))
        {
            found.Add($"{path}: {type.FullName}");
            return;
        }

        // Collections are walked through their fields down to the arrays that hold the items.
        if (node is Array items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", found, seen);
            }
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                {
                    Walk(field.GetValue(node), $"{path}.{field.Name}", found, seen);
                }
            }
        }
    }
}
