using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A member of a class or an enum.</summary>
public abstract class MemberNode : SyntaxNode
{
    private protected MemberNode(IReadOnlyList<AttributeNode> attributes, IReadOnlyList<Token> modifiers)
    {
        Attributes = attributes;
        Modifiers = modifiers;
        AdoptAll(Attributes);
    }

    /// <summary>The attributes on the member.</summary>
    public IReadOnlyList<AttributeNode> Attributes { get; }

    /// <summary>The <c>static</c> and <c>hidden</c> keywords, in source order.</summary>
    public IReadOnlyList<Token> Modifiers { get; }

    /// <summary>The member's name.</summary>
    public abstract string Name { get; }

    /// <summary>True when the member is declared <c>static</c>.</summary>
    public bool IsStatic => Modifiers.Any(static t => t.Kind == TokenKind.Static);

    /// <summary>True when the member is declared <c>hidden</c>.</summary>
    public bool IsHidden => Modifiers.Any(static t => t.Kind == TokenKind.Hidden);

    /// <summary>Lists the attributes, the type and the modifiers, which may come in any order, by position.</summary>
    private protected void WritePrefix(ISyntaxElementSink sink, TypeConstraintNode? type)
    {
        var nodes = new List<SyntaxNode>(Attributes.Count + 1);
        nodes.AddRange(Attributes);
        if (type is not null)
        {
            nodes.Add(type);
        }

        nodes.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        sink.Interleave(nodes, Modifiers);
    }

}
