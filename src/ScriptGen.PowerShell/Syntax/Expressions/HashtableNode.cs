using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A hashtable literal: <c>@{ Key = 'value'; Other = 1 }</c>.</summary>
public sealed class HashtableNode : ExpressionNode
{
    internal HashtableNode(Token openToken, IReadOnlyList<HashtablePairNode> keyValuePairs, Token? closeBrace)
    {
        OpenToken = openToken;
        KeyValuePairs = keyValuePairs;
        CloseBrace = closeBrace;
        AdoptAll(KeyValuePairs);
    }

    /// <summary>The <c>@{</c> (or, in a DSC resource block, the <c>{</c>).</summary>
    public Token OpenToken { get; }

    /// <summary>The entries.</summary>
    public IReadOnlyList<HashtablePairNode> KeyValuePairs { get; }

    /// <summary>The <c>}</c>, or null when missing.</summary>
    public Token? CloseBrace { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitHashtable(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenToken);
        sink.Nodes(KeyValuePairs);
        sink.Token(CloseBrace);
    }
}
