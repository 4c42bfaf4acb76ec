using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>catch [Type1], [Type2] { }</c> clause.</summary>
public sealed class CatchClauseNode : SyntaxNode
{
    internal CatchClauseNode(Token catchKeyword, IReadOnlyList<TypeConstraintNode> catchTypes, IReadOnlyList<Token> commas, StatementBlockNode body)
    {
        CatchKeyword = catchKeyword;
        CatchTypes = catchTypes;
        Commas = commas;
        Body = body;
        AdoptAll(CatchTypes);
        Adopt(Body);
    }

    /// <summary>The <c>catch</c> keyword.</summary>
    public Token CatchKeyword { get; }

    /// <summary>The exception types caught; empty for a catch-all.</summary>
    public IReadOnlyList<TypeConstraintNode> CatchTypes { get; }

    /// <summary>The commas between types.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The handler.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>True when the clause names no type.</summary>
    public bool IsCatchAll => CatchTypes.Count == 0;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitCatchClause(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(CatchKeyword);
        sink.Interleave(CatchTypes, Commas);
        sink.Node(Body);
    }
}
