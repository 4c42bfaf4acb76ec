using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Helpers that let node types list optional and repeated elements in one line.</summary>
internal static class SyntaxSinkExtensions
{
    public static void Token(this ISyntaxElementSink sink, in Token token) => sink.AddToken(token);

    public static void Token(this ISyntaxElementSink sink, Token? token)
    {
        if (token is { } value)
        {
            sink.AddToken(value);
        }
    }

    public static void Node(this ISyntaxElementSink sink, SyntaxNode? node)
    {
        if (node is not null)
        {
            sink.AddNode(node);
        }
    }

    public static void Nodes<T>(this ISyntaxElementSink sink, IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            sink.AddNode(nodes[i]);
        }
    }

    public static void Tokens(this ISyntaxElementSink sink, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            sink.AddToken(tokens[i]);
        }
    }

    /// <summary>Lists nodes and separator tokens (commas, semicolons) merged by position.</summary>
    public static void Interleave<T>(this ISyntaxElementSink sink, IReadOnlyList<T> nodes, IReadOnlyList<Token> separators)
        where T : SyntaxNode
    {
        var n = 0;
        var s = 0;
        while (n < nodes.Count || s < separators.Count)
        {
            if (s >= separators.Count || (n < nodes.Count && nodes[n].Span.Start <= separators[s].Start))
            {
                sink.AddNode(nodes[n++]);
            }
            else
            {
                sink.AddToken(separators[s++]);
            }
        }
    }
}
