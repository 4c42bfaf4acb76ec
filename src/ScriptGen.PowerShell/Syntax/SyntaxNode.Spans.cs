using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>
/// How a node's span is found: from its elements, the first time it is asked for. Children are computed before their
/// parent with an explicit stack, not by recursion, so a chain of 50,000 member accesses cannot overflow the stack,
/// and the buffers are reused per thread, so the spans of a whole tree cost no allocation.
/// </summary>
public abstract partial class SyntaxNode
{
    [ThreadStatic]
    private static PendingChildSink? t_pending;

    [ThreadStatic]
    private static SpanFinder? t_finder;

    /// <summary>Fixes the span instead of computing it from the elements (the root covers the whole text).</summary>
    internal void SetSpan(int start, int end)
    {
        _hasFixedSpan = true;
        _start = -1;
        ComputeSpans(this);
        _start = start;
        _end = end;
        _isEmpty = false;
    }

    /// <summary>Computes the span of <paramref name="root"/> and of every node below it whose span is not known yet, children first.</summary>
    private static void ComputeSpans(SyntaxNode root)
    {
        var sink = t_pending ??= new PendingChildSink();
        var pending = sink.Pending;

        // A node's WriteElements may ask a child for its span (to merge separators by position): that nested call
        // works above this one on the same list and leaves it as it found it.
        var floor = pending.Count;
        pending.Add((root, false));
        while (pending.Count > floor)
        {
            var (node, expanded) = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            if (expanded)
            {
                node.ComputeOwnSpan();
                continue;
            }

            if (node._start >= 0)
            {
                continue;
            }

            pending.Add((node, true));
            var first = pending.Count;
            node.WriteElements(sink);

            // Pushed in source order; reversed so that the first child is computed first, as the recursion did.
            pending.Reverse(first, pending.Count - first);
        }
    }

    /// <summary>Finds this node's span from its elements, whose spans are all known.</summary>
    private void ComputeOwnSpan()
    {
        var finder = t_finder ?? new SpanFinder();
        t_finder = null;
        finder.Reset();
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
        t_finder = finder;
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

    /// <summary>Lists the child nodes whose span is not known yet.</summary>
    private sealed class PendingChildSink : ISyntaxElementSink
    {
        public List<(SyntaxNode Node, bool Expanded)> Pending { get; } = [];

        public void AddToken(in Token token)
        {
        }

        public void AddNode(SyntaxNode node)
        {
            if (node._start < 0)
            {
                Pending.Add((node, false));
            }
        }

        public void AddNested(SyntaxNode node)
        {
        }
    }

    /// <summary>
    /// Finds a node's span from its elements. Empty children (error placeholders) take no part; afterwards each is
    /// placed just after the element before it, or before the element after it.
    /// </summary>
    private sealed class SpanFinder : ISyntaxElementSink
    {
        private readonly List<(SyntaxNode Node, int Position)> _empty = [];
        private int _lastEnd = -1;

        public int Start { get; private set; } = -1;

        public int End { get; private set; }

        public void Reset()
        {
            _empty.Clear();
            _lastEnd = -1;
            Start = -1;
            End = 0;
        }

        public void AddToken(in Token token) => Add(token.Start, token.End);

        public void AddNode(SyntaxNode node)
        {
            var span = node.Span;
            if (node._isEmpty)
            {
                _empty.Add((node, _lastEnd));
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
            for (var i = 0; i < _empty.Count; i++)
            {
                var (node, position) = _empty[i];
                node.PlaceEmpty(position >= 0 ? position : parentStart, parentStart, parentEnd);
            }

            _empty.Clear();
        }

        private void Add(int start, int end)
        {
            if (Start < 0)
            {
                Start = start;
            }

            End = Math.Max(End, end);
            _lastEnd = End;

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
}
