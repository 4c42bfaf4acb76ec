using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>throw</c> statement.</summary>
public sealed class ThrowStatementNode : StatementNode
{
    internal ThrowStatementNode(Token keyword, PipelineBaseNode? pipeline)
    {
        Keyword = keyword;
        Pipeline = pipeline;
        Adopt(Pipeline);
    }

    /// <summary>The <c>throw</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The value thrown, or null (a rethrow inside catch).</summary>
    public PipelineBaseNode? Pipeline { get; }

    /// <summary>True for a bare <c>throw</c>.</summary>
    public bool IsRethrow => Pipeline is null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitThrowStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Pipeline);
    }
}
