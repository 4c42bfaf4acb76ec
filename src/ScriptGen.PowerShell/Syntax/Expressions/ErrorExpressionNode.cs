using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An expression that could not be parsed: the tokens and nodes read before the error.</summary>
public sealed class ErrorExpressionNode : ExpressionNode
{
    internal ErrorExpressionNode(IReadOnlyList<Token> tokens, IReadOnlyList<SyntaxNode> nestedNodes)
    {
        Tokens = tokens;
        NestedNodes = nestedNodes;
        AdoptAll(NestedNodes);
    }

    /// <summary>The tokens read as part of the bad expression.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The nodes read as part of the bad expression.</summary>
    public IReadOnlyList<SyntaxNode> NestedNodes { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitErrorExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Interleave(NestedNodes, Tokens);
    }
}
