using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A DSC keyword statement: <c>Node 'x' { }</c>, a resource block <c>File F { Key = 'v' }</c> or <c>Import-DscResource ...</c>.</summary>
public sealed class DynamicKeywordStatementNode : StatementNode
{
    internal DynamicKeywordStatementNode(Token keywordToken, IReadOnlyList<SyntaxNode> elements)
    {
        KeywordToken = keywordToken;
        Elements = elements;
        AdoptAll(Elements);
    }

    /// <summary>The keyword (<c>Node</c>, a resource name, <c>Import-DscResource</c>).</summary>
    public Token KeywordToken { get; }

    /// <summary>What follows the keyword: the instance name and the body, or a command's arguments.</summary>
    public IReadOnlyList<SyntaxNode> Elements { get; }

    /// <summary>The keyword's name.</summary>
    public string Keyword => Source.GetText(KeywordToken.Span);

    /// <summary>The instance name (<c>File F</c> gives F), or null.</summary>
    public ExpressionNode? InstanceName => Elements.Count >= 2 && Elements[^1] is HashtableNode or ScriptBlockExpressionNode ? Elements[0] as ExpressionNode : null;

    /// <summary>The body: a property hashtable for a resource, a script block for <c>Node</c>, or null for a command-like keyword.</summary>
    public ExpressionNode? Body => Elements.Count > 0 && Elements[^1] is HashtableNode or ScriptBlockExpressionNode ? (ExpressionNode)Elements[^1] : null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitDynamicKeywordStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(KeywordToken);
        sink.Nodes(Elements);
    }
}
