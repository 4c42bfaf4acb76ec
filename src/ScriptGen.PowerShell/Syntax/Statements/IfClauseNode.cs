using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>One <c>if (...) { }</c> or <c>elseif (...) { }</c> clause.</summary>
public sealed class IfClauseNode : SyntaxNode
{
    internal IfClauseNode(Token keyword, Token openParen, PipelineBaseNode condition, Token closeParen, StatementBlockNode body)
    {
        Keyword = keyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Body = body;
        Adopt(Condition);
        Adopt(Body);
    }

    /// <summary>The <c>if</c> or <c>elseif</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The condition.</summary>
    public PipelineBaseNode Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public Token CloseParen { get; }

    /// <summary>The block run when the condition holds.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitIfClause(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Token(OpenParen);
        sink.Node(Condition);
        sink.Token(CloseParen);
        sink.Node(Body);
    }
}
