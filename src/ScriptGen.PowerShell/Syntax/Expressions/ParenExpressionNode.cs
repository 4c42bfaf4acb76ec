using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A parenthesized pipeline: <c>( ... )</c>.</summary>
public sealed class ParenExpressionNode : ExpressionNode
{
    internal ParenExpressionNode(Token openParen, PipelineBaseNode pipeline, Token? closeParen)
    {
        OpenParen = openParen;
        Pipeline = pipeline;
        CloseParen = closeParen;
        Adopt(Pipeline);
    }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The pipeline inside.</summary>
    public PipelineBaseNode Pipeline { get; }

    /// <summary>The <c>)</c>, or null when missing.</summary>
    public Token? CloseParen { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitParenExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenParen);
        sink.Node(Pipeline);
        sink.Token(CloseParen);
    }
}
