using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// A node of the syntax tree. A node lists its own tokens and its children in source order, so the tree is
/// lossless: printing the tokens of the tree, with the trivia between them, gives the text back. Its span runs from
/// its first token to its last (trivia around it excluded).
/// </summary>
public abstract partial class SyntaxNode
{
    private readonly SourceText? _source = ParsingScope.Current;
    private int _start = -1;
    private int _end;
    private bool _isEmpty;
    private bool _hasFixedSpan;
    private int _emptyPosition = -1;

    private static readonly SourceText EmptySource = SourceText.From(string.Empty);

    /// <summary>The node that contains this one; null for the root script block.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The node's text range, from its first token to its last.</summary>
    public TextSpan Span
    {
        get
        {
            if (_start < 0)
            {
                ComputeSpans(this);
            }

            return TextSpan.FromBounds(_start, _end);
        }
    }

    /// <summary>The source text of the tree this node belongs to.</summary>
    public SourceText Source => _source ?? EmptySource;

    /// <summary>The node's text.</summary>
    public string Text => Source.GetText(Span);

    /// <summary>The 1-based line and column where the node starts.</summary>
    public LinePosition Start => Source.GetLinePosition(Span.Start);

    /// <summary>The 1-based line and column just past the node's end (exclusive, as in PowerShell's extents).</summary>
    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>The child nodes in source order, nested string expressions included.</summary>
    public IReadOnlyList<SyntaxNode> Children
    {
        get
        {
            var collector = new ChildCollector();
            WriteElements(collector);
            return collector.Nodes;
        }
    }

    /// <summary>The tokens this node owns directly (not those of its children), in source order.</summary>
    public IReadOnlyList<Token> OwnTokens
    {
        get
        {
            var collector = new ChildCollector();
            WriteElements(collector);
            return collector.Tokens;
        }
    }

    /// <summary>This node's ancestors, nearest first.</summary>
    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            yield return node;
        }
    }

    /// <summary>All nodes below this one, depth first in source order.</summary>
    public IEnumerable<SyntaxNode> Descendants()
    {
        var stack = new Stack<SyntaxNode>();
        PushChildrenReversed(this, stack);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            PushChildrenReversed(node, stack);
        }
    }

    /// <summary>All nodes below this one of type <typeparamref name="T"/>, in source order.</summary>
    public IEnumerable<T> DescendantsOfType<T>()
        where T : SyntaxNode
    {
        foreach (var node in Descendants())
        {
            if (node is T match)
            {
                yield return match;
            }
        }
    }

    /// <summary>The nearest ancestor of type <typeparamref name="T"/>, or null.</summary>
    public T? FirstAncestor<T>()
        where T : SyntaxNode
    {
        for (var node = Parent; node is not null; node = node.Parent)
        {
            if (node is T match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>The root of the tree.</summary>
    public SyntaxNode GetRoot()
    {
        var node = this;
        while (node.Parent is not null)
        {
            node = node.Parent;
        }

        return node;
    }

    /// <summary>
    /// Walks this node and everything below it in source order: calls the visitor's method for each node, then
    /// <see cref="SyntaxVisitor.PostVisit"/> after its children. Runs without recursion, so deep trees are safe.
    /// </summary>
    public void Walk(SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var stack = new Stack<(SyntaxNode Node, bool Leaving)>();
        stack.Push((this, false));
        var collector = new ChildCollector();
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (leaving)
            {
                visitor.PostVisit(node);
                continue;
            }

            var action = node.Accept(visitor);
            if (action == VisitAction.StopVisit)
            {
                return;
            }

            if (action == VisitAction.SkipChildren)
            {
                continue;
            }

            stack.Push((node, true));
            collector.Clear();
            node.WriteElements(collector);
            for (var i = collector.Nodes.Count - 1; i >= 0; i--)
            {
                stack.Push((collector.Nodes[i], false));
            }
        }
    }

    /// <summary>Calls the visitor's method for this node's type.</summary>
    public abstract VisitAction Accept(SyntaxVisitor visitor);

    /// <inheritdoc />
    public override string ToString() => GetType().Name + " " + Span;

    /// <summary>Lists the node's tokens and children in source order.</summary>
    internal abstract void WriteElements(ISyntaxElementSink sink);

    /// <summary>Where an empty node (one without tokens, made during error recovery) sits, when the parser knows.</summary>
    internal int EmptyPosition
    {
        get => _emptyPosition;
        set => _emptyPosition = value;
    }

    private static void PushChildrenReversed(SyntaxNode node, Stack<SyntaxNode> stack)
    {
        var children = node.Children;
        for (var i = children.Count - 1; i >= 0; i--)
        {
            stack.Push(children[i]);
        }
    }

    /// <summary>Makes this node the parent of a child (the last node to adopt a child is its parent in the tree).</summary>
    private protected void Adopt(SyntaxNode? child)
    {
        if (child is not null)
        {
            child.Parent = this;
        }
    }

    private protected void AdoptAll<T>(IReadOnlyList<T> children)
        where T : SyntaxNode
    {
        for (var i = 0; i < children.Count; i++)
        {
            children[i].Parent = this;
        }
    }

    private sealed class ChildCollector : ISyntaxElementSink
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public List<Token> Tokens { get; } = [];

        public void AddToken(in Token token) => Tokens.Add(token);

        public void AddNode(SyntaxNode node) => Nodes.Add(node);

        public void AddNested(SyntaxNode node) => Nodes.Add(node);

        public void Clear()
        {
            Nodes.Clear();
            Tokens.Clear();
        }
    }
}
