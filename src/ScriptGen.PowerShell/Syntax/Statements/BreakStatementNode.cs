using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>break</c> statement, with an optional label.</summary>
public sealed class BreakStatementNode : StatementNode
{
    internal BreakStatementNode(Token keyword, ExpressionNode? label)
    {
        Keyword = keyword;
        Label = label;
        Adopt(Label);
    }

    /// <summary>The <c>break</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The label (a bare word or an expression), or null.</summary>
    public ExpressionNode? Label { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitBreakStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Label);
    }
}
