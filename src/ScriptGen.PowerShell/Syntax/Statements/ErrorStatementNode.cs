using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A statement that could not be parsed: the tokens and nodes read before the error.</summary>
public sealed class ErrorStatementNode : PipelineBaseNode
{
    internal ErrorStatementNode(IReadOnlyList<Token> tokens, IReadOnlyList<SyntaxNode> nestedNodes)
    {
        Tokens = tokens;
        NestedNodes = nestedNodes;
        AdoptAll(NestedNodes);
    }

    /// <summary>The tokens read as part of the bad statement.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The nodes read as part of the bad statement.</summary>
    public IReadOnlyList<SyntaxNode> NestedNodes { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitErrorStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Interleave(NestedNodes, Tokens);
    }
}
