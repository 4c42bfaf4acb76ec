using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>for (init; condition; iterator) { }</c> statement.</summary>
public sealed class ForStatementNode : LoopStatementNode
{
    internal ForStatementNode(Token? label, string? labelText, Token keyword, Token openParen, PipelineBaseNode? initializer, Token? firstSemicolon, PipelineBaseNode? condition, Token? secondSemicolon, PipelineBaseNode? iterator, Token closeParen, StatementBlockNode body)
        : base(label, labelText)
    {
        Keyword = keyword;
        OpenParen = openParen;
        Initializer = initializer;
        FirstSemicolon = firstSemicolon;
        Condition = condition;
        SecondSemicolon = secondSemicolon;
        Iterator = iterator;
        CloseParen = closeParen;
        Body = body;
        Adopt(Initializer);
        Adopt(Condition);
        Adopt(Iterator);
        Adopt(Body);
    }

    /// <summary>The <c>for</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The initializer, or null.</summary>
    public PipelineBaseNode? Initializer { get; }

    /// <summary>The first <c>;</c>, or null.</summary>
    public Token? FirstSemicolon { get; }

    /// <summary>The condition, or null.</summary>
    public PipelineBaseNode? Condition { get; }

    /// <summary>The second <c>;</c>, or null.</summary>
    public Token? SecondSemicolon { get; }

    /// <summary>The iterator, or null.</summary>
    public PipelineBaseNode? Iterator { get; }

    /// <summary>The <c>)</c>.</summary>
    public Token CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitForStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Label);
        sink.Token(Keyword);
        sink.Token(OpenParen);
        sink.Node(Initializer);
        sink.Token(FirstSemicolon);
        sink.Node(Condition);
        sink.Token(SecondSemicolon);
        sink.Node(Iterator);
        sink.Token(CloseParen);
        sink.Node(Body);
    }
}
