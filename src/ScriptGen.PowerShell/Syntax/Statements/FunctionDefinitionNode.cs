using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>function</c>, <c>filter</c> or <c>workflow</c> definition.</summary>
public sealed class FunctionDefinitionNode : StatementNode
{
    internal FunctionDefinitionNode(Token keyword, Token nameToken, string name, Token? openParen, IReadOnlyList<ParameterNode> parameters, IReadOnlyList<Token> commas, Token? closeParen, ScriptBlockNode body)
    {
        Keyword = keyword;
        NameToken = nameToken;
        Name = name;
        OpenParen = openParen;
        Parameters = parameters;
        Commas = commas;
        CloseParen = closeParen;
        Body = body;
        AdoptAll(Parameters);
        Adopt(Body);
    }

    /// <summary>The <c>function</c>, <c>filter</c> or <c>workflow</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The name token.</summary>
    public Token NameToken { get; }

    /// <summary>The name as PowerShell reads it, with any scope prefix (<c>global:Get-Thing</c>).</summary>
    public string Name { get; }

    /// <summary>The <c>(</c> of inline parameters, or null.</summary>
    public Token? OpenParen { get; }

    /// <summary>The inline parameters (<c>function f($a, $b)</c>); empty when none.</summary>
    public IReadOnlyList<ParameterNode> Parameters { get; }

    /// <summary>The commas between inline parameters.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c> of inline parameters, or null.</summary>
    public Token? CloseParen { get; }

    /// <summary>The body.</summary>
    public ScriptBlockNode Body { get; }

    /// <summary>True for <c>filter</c>.</summary>
    public bool IsFilter => Keyword.Kind == TokenKind.Filter;

    /// <summary>True for <c>workflow</c>.</summary>
    public bool IsWorkflow => Keyword.Kind == TokenKind.Workflow;

    /// <summary>True when the parameters are written inline (<c>function f($a)</c>).</summary>
    public bool HasInlineParameters => OpenParen is not null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitFunctionDefinition(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Token(NameToken);
        sink.Token(OpenParen);
        sink.Interleave(Parameters, Commas);
        sink.Token(CloseParen);
        sink.Node(Body);
    }
}
