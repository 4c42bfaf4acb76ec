using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Gathers every node of type <typeparamref name="T"/> below a root, in source order, with one walk of the tree. Unlike
/// <see cref="SyntaxNode.DescendantsOfType{T}"/>, which lists each node's children into new lists, the walk reuses its
/// buffers, so a whole-script search costs next to no allocation.
/// </summary>
internal sealed class NodeCollector<T> : SyntaxVisitor
    where T : SyntaxNode
{
    private readonly List<T> _found = [];

    /// <summary>The nodes of type <typeparamref name="T"/> at or below <paramref name="root"/>, in source order.</summary>
    public static List<T> Collect(SyntaxNode root)
    {
        var collector = new NodeCollector<T>();
        root.Walk(collector);
        return collector._found;
    }

    /// <inheritdoc />
    public override VisitAction DefaultVisit(SyntaxNode node)
    {
        if (node is T match)
        {
            _found.Add(match);
        }

        return VisitAction.Continue;
    }
}
