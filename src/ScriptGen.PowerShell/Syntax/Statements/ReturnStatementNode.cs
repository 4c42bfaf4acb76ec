using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>return</c> statement.</summary>
public sealed class ReturnStatementNode : StatementNode
{
    internal ReturnStatementNode(Token keyword, PipelineBaseNode? pipeline)
    {
        Keyword = keyword;
        Pipeline = pipeline;
        Adopt(Pipeline);
    }

    /// <summary>The <c>return</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The value returned, or null.</summary>
    public PipelineBaseNode? Pipeline { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitReturnStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Pipeline);
    }
}
