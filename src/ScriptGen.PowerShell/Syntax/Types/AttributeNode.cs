using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An attribute: <c>[Parameter(Mandatory, Position = 0)]</c>.</summary>
public sealed class AttributeNode : AttributeBaseNode
{
    internal AttributeNode(Token openBracket, TypeNameNode typeName, Token openParen, IReadOnlyList<SyntaxNode> arguments, IReadOnlyList<Token> commas, Token? closeParen, Token? closeBracket)
        : base(openBracket, typeName)
    {
        OpenParen = openParen;
        Arguments = arguments;
        Commas = commas;
        CloseParen = closeParen;
        CloseBracket = closeBracket;
        AdoptAll(Arguments);
    }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The arguments in source order: expressions (positional) and named arguments.</summary>
    public IReadOnlyList<SyntaxNode> Arguments { get; }

    /// <summary>The commas between arguments.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c>, or null when missing.</summary>
    public Token? CloseParen { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <summary>The positional arguments.</summary>
    public IReadOnlyList<ExpressionNode> PositionalArguments => Arguments.OfType<ExpressionNode>().ToArray();

    /// <summary>The named arguments (<c>Position = 0</c>, or <c>Mandatory</c> alone, meaning $true).</summary>
    public IReadOnlyList<NamedAttributeArgumentNode> NamedArguments => Arguments.OfType<NamedAttributeArgumentNode>().ToArray();

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitAttribute(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBracket);
        sink.Node(TypeName);
        sink.Token(OpenParen);
        sink.Interleave(Arguments, Commas);
        sink.Token(CloseParen);
        sink.Token(CloseBracket);
    }
}
