using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// A node of the syntax tree. A node lists its own tokens and its children in source order, so the tree is
/// lossless: printing the tokens of the tree, with the trivia between them, gives the text back. Its span runs from
/// its first token to its last (trivia around it excluded).
/// </summary>
public abstract class SyntaxNode
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
                ComputeSpan();
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

    /// <summary>Fixes the span instead of computing it from the elements (the root covers the whole text).</summary>
    internal void SetSpan(int start, int end)
    {
        _hasFixedSpan = true;
        _start = -1;
        ComputeSpan();
        _start = start;
        _end = end;
        _isEmpty = false;
    }

    private void ComputeSpan()
    {
        var finder = new SpanFinder();
        WriteElements(finder);
        if (finder.Start < 0)
        {
            _start = _end = Math.Max(0, _emptyPosition);
            _isEmpty = !_hasFixedSpan;
        }
        else
        {
            _start = finder.Start;
            _end = finder.End;
            _isEmpty = false;
        }

        finder.PlaceEmptyChildren(_start, _end);
    }

    /// <summary>Puts an empty node, and the empty nodes below it, at a position inside its parent.</summary>
    private void PlaceEmpty(int position, int parentStart, int parentEnd)
    {
        if (_emptyPosition >= parentStart && _emptyPosition <= parentEnd)
        {
            position = _emptyPosition;
        }

        _start = _end = position;
        var finder = new SpanFinder();
        WriteElements(finder);
        finder.PlaceEmptyChildren(position, position);
    }

    /// <summary>
    /// Finds a node's span from its elements. Empty children (error placeholders) take no part; afterwards each is
    /// placed just after the element before it, or before the element after it.
    /// </summary>
    private sealed class SpanFinder : ISyntaxElementSink
    {
        private List<(SyntaxNode Node, int Position)>? _empty;
        private int _lastEnd = -1;

        public int Start { get; private set; } = -1;

        public int End { get; private set; }

        public void AddToken(in Token token) => Add(token.Start, token.End);

        public void AddNode(SyntaxNode node)
        {
            var span = node.Span;
            if (node._isEmpty)
            {
                (_empty ??= []).Add((node, _lastEnd));
            }
            else
            {
                Add(span.Start, span.End);
            }
        }

        public void AddNested(SyntaxNode node)
        {
        }

        public void PlaceEmptyChildren(int parentStart, int parentEnd)
        {
            if (_empty is null)
            {
                return;
            }

            for (var i = 0; i < _empty.Count; i++)
            {
                var (node, position) = _empty[i];
                node.PlaceEmpty(position >= 0 ? position : parentStart, parentStart, parentEnd);
            }
        }

        private void Add(int start, int end)
        {
            if (Start < 0)
            {
                Start = start;
            }

            End = Math.Max(End, end);
            _lastEnd = End;
            if (_empty is null)
            {
                return;
            }

            // Empty children before the first element sit where that element starts.
            for (var i = 0; i < _empty.Count; i++)
            {
                if (_empty[i].Position < 0)
                {
                    _empty[i] = (_empty[i].Node, start);
                }
            }
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
