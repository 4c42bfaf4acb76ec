using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A comma-separated list: <c>1, 2, 3</c>, or the unary comma <c>,$x</c>.</summary>
public sealed class ArrayLiteralNode : ExpressionNode
{
    internal ArrayLiteralNode(IReadOnlyList<ExpressionNode> elements, IReadOnlyList<Token> commas)
    {
        Elements = elements;
        Commas = commas;
        AdoptAll(Elements);
    }

    /// <summary>The elements.</summary>
    public IReadOnlyList<ExpressionNode> Elements { get; }

    /// <summary>The commas (for the unary form, the one leading comma).</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitArrayLiteral(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Interleave(Elements, Commas);
    }
}
