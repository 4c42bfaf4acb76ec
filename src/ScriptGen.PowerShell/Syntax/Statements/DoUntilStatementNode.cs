using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>do { } until (condition)</c> statement.</summary>
public sealed class DoUntilStatementNode : LoopStatementNode
{
    internal DoUntilStatementNode(Token? label, string? labelText, Token doKeyword, StatementBlockNode body, Token untilKeyword, Token openParen, PipelineBaseNode condition, Token closeParen)
        : base(label, labelText)
    {
        DoKeyword = doKeyword;
        Body = body;
        UntilKeyword = untilKeyword;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        Adopt(Body);
        Adopt(Condition);
    }

    /// <summary>The <c>do</c> keyword.</summary>
    public Token DoKeyword { get; }

    /// <summary>The loop body.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>The <c>until</c> keyword.</summary>
    public Token UntilKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The condition.</summary>
    public PipelineBaseNode Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public Token CloseParen { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitDoUntilStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Label);
        sink.Token(DoKeyword);
        sink.Node(Body);
        sink.Token(UntilKeyword);
        sink.Token(OpenParen);
        sink.Node(Condition);
        sink.Token(CloseParen);
    }
}
