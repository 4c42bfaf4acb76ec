using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>continue</c> statement, with an optional label.</summary>
public sealed class ContinueStatementNode : StatementNode
{
    internal ContinueStatementNode(Token keyword, ExpressionNode? label)
    {
        Keyword = keyword;
        Label = label;
        Adopt(Label);
    }

    /// <summary>The <c>continue</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The label, or null.</summary>
    public ExpressionNode? Label { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitContinueStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Label);
    }
}
