using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A workflow <c>parallel { }</c> or <c>sequence { }</c> block.</summary>
public sealed class BlockStatementNode : StatementNode
{
    internal BlockStatementNode(Token keyword, StatementBlockNode body)
    {
        Keyword = keyword;
        Body = body;
        Adopt(Body);
    }

    /// <summary>The <c>parallel</c> or <c>sequence</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The block.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitBlockStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Body);
    }
}
