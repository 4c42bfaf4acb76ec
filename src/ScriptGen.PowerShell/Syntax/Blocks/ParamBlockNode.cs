using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>param( )</c> block with the attributes before it.</summary>
public sealed class ParamBlockNode : SyntaxNode
{
    internal ParamBlockNode(IReadOnlyList<AttributeBaseNode> attributeList, Token paramKeyword, Token openParen, IReadOnlyList<ParameterNode> parameters, IReadOnlyList<Token> commas, Token? closeParen)
    {
        AttributeList = attributeList;
        ParamKeyword = paramKeyword;
        OpenParen = openParen;
        Parameters = parameters;
        Commas = commas;
        CloseParen = closeParen;
        AdoptAll(AttributeList);
        AdoptAll(Parameters);
    }

    /// <summary>The attributes before <c>param</c>, with any misplaced type constraint.</summary>
    public IReadOnlyList<AttributeBaseNode> AttributeList { get; }

    /// <summary>The <c>param</c> keyword.</summary>
    public Token ParamKeyword { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<ParameterNode> Parameters { get; }

    /// <summary>The commas between parameters.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c>, or null when missing.</summary>
    public Token? CloseParen { get; }

    /// <summary>The attributes before <c>param</c> (<c>[CmdletBinding()]</c>).</summary>
    public IReadOnlyList<AttributeNode> Attributes => AttributeList.OfType<AttributeNode>().ToArray();

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitParamBlock(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Nodes(AttributeList);
        sink.Token(ParamKeyword);
        sink.Token(OpenParen);
        sink.Interleave(Parameters, Commas);
        sink.Token(CloseParen);
    }
}
