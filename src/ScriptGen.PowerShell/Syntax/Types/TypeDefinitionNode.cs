using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>class</c> or <c>enum</c> definition.</summary>
public sealed class TypeDefinitionNode : StatementNode
{
    internal TypeDefinitionNode(IReadOnlyList<AttributeNode> attributes, Token keyword, Token nameToken, string name, Token? colon, IReadOnlyList<TypeConstraintNode> baseTypes, IReadOnlyList<Token> commas, Token openBrace, IReadOnlyList<MemberNode> members, Token? closeBrace)
    {
        Attributes = attributes;
        Keyword = keyword;
        NameToken = nameToken;
        Name = name;
        Colon = colon;
        BaseTypes = baseTypes;
        Commas = commas;
        OpenBrace = openBrace;
        Members = members;
        CloseBrace = closeBrace;
        AdoptAll(Attributes);
        AdoptAll(BaseTypes);
        AdoptAll(Members);
    }

    /// <summary>The attributes before the keyword.</summary>
    public IReadOnlyList<AttributeNode> Attributes { get; }

    /// <summary>The <c>class</c> or <c>enum</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The name token.</summary>
    public Token NameToken { get; }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>The <c>:</c> before base types, or null.</summary>
    public Token? Colon { get; }

    /// <summary>The base class and interfaces, or the enum's underlying type.</summary>
    public IReadOnlyList<TypeConstraintNode> BaseTypes { get; }

    /// <summary>The commas between base types.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>{</c>.</summary>
    public Token OpenBrace { get; }

    /// <summary>The members.</summary>
    public IReadOnlyList<MemberNode> Members { get; }

    /// <summary>The <c>}</c>, or null when missing.</summary>
    public Token? CloseBrace { get; }

    /// <summary>True for a class.</summary>
    public bool IsClass => Keyword.Kind == TokenKind.Class;

    /// <summary>True for an enum.</summary>
    public bool IsEnum => Keyword.Kind == TokenKind.Enum;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTypeDefinition(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Nodes(Attributes);
        sink.Token(Keyword);
        sink.Token(NameToken);
        sink.Token(Colon);
        sink.Interleave(BaseTypes, Commas);
        sink.Token(OpenBrace);
        sink.Nodes(Members);
        sink.Token(CloseBrace);
    }
}
