using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>while (condition) { }</c> statement.</summary>
public sealed class WhileStatementNode : LoopStatementNode
{
    internal WhileStatementNode(Token? label, string? labelText, Token keyword, Token openParen, PipelineBaseNode condition, Token closeParen, StatementBlockNode body)
        : base(label, labelText)
    {
        Keyword = keyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Body = body;
        Adopt(Condition);
        Adopt(Body);
    }

    /// <summary>The <c>while</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The condition.</summary>
    public PipelineBaseNode Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public Token CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitWhileStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Label);
        sink.Token(Keyword);
        sink.Token(OpenParen);
        sink.Node(Condition);
        sink.Token(CloseParen);
        sink.Node(Body);
    }
}
