using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An <c>exit</c> statement.</summary>
public sealed class ExitStatementNode : StatementNode
{
    internal ExitStatementNode(Token keyword, PipelineBaseNode? pipeline)
    {
        Keyword = keyword;
        Pipeline = pipeline;
        Adopt(Pipeline);
    }

    /// <summary>The <c>exit</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The exit code, or null.</summary>
    public PipelineBaseNode? Pipeline { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitExitStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Pipeline);
    }
}
