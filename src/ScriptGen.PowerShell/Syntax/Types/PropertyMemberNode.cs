using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A property of a class (<c>[int] $Count = 1</c>) or a value of an enum (<c>Red = 1</c>).</summary>
public sealed class PropertyMemberNode : MemberNode
{
    internal PropertyMemberNode(IReadOnlyList<AttributeNode> attributes, IReadOnlyList<Token> modifiers, TypeConstraintNode? propertyType, Token nameToken, string propertyName, Token? equalsToken, ExpressionNode? initialValue, Token? semicolon)
        : base(attributes, modifiers)
    {
        PropertyType = propertyType;
        NameToken = nameToken;
        PropertyName = propertyName;
        EqualsToken = equalsToken;
        InitialValue = initialValue;
        Semicolon = semicolon;
        Adopt(PropertyType);
        Adopt(InitialValue);
    }

    /// <summary>The property's type, or null.</summary>
    public TypeConstraintNode? PropertyType { get; }

    /// <summary>The variable (class property) or the name (enum value).</summary>
    public Token NameToken { get; }

    /// <summary>The name without <c>$</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The <c>=</c>, or null.</summary>
    public Token? EqualsToken { get; }

    /// <summary>The initial value, or null.</summary>
    public ExpressionNode? InitialValue { get; }

    /// <summary>The <c>;</c> ending the member, or null.</summary>
    public Token? Semicolon { get; }

    /// <inheritdoc />
    public override string Name => PropertyName;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitPropertyMember(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        WritePrefix(sink, PropertyType);
        sink.Token(NameToken);
        sink.Token(EqualsToken);
        sink.Node(InitialValue);
        sink.Token(Semicolon);
    }

}
