using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>The one walk of a tree that every rule shares: each node goes to the actions registered for its type or a base type.</summary>
internal sealed class RuleWalker(Dictionary<Type, List<Action<SyntaxNode>>> actions) : SyntaxVisitor
{
    private readonly Dictionary<Type, Action<SyntaxNode>[]> _byConcreteType = [];

    public override VisitAction DefaultVisit(SyntaxNode node)
    {
        foreach (var action in ActionsFor(node.GetType()))
        {
            action(node);
        }

        return VisitAction.Continue;
    }

    private Action<SyntaxNode>[] ActionsFor(Type type)
    {
        if (_byConcreteType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var list = new List<Action<SyntaxNode>>();
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            if (actions.TryGetValue(current, out var registered))
            {
                list.AddRange(registered);
            }
        }

        return _byConcreteType[type] = [.. list];
    }
}
