using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A parameter: attributes, type constraints, the variable and an optional default value.</summary>
public sealed class ParameterNode : SyntaxNode
{
    internal ParameterNode(IReadOnlyList<AttributeBaseNode> attributes, VariableExpressionNode name, Token? equalsToken, ExpressionNode? defaultValue)
    {
        Attributes = attributes;
        Name = name;
        EqualsToken = equalsToken;
        DefaultValue = defaultValue;
        AdoptAll(Attributes);
        Adopt(Name);
        Adopt(DefaultValue);
    }

    /// <summary>The attributes and type constraints, in source order.</summary>
    public IReadOnlyList<AttributeBaseNode> Attributes { get; }

    /// <summary>The parameter's variable.</summary>
    public VariableExpressionNode Name { get; }

    /// <summary>The <c>=</c> of a default value, or null.</summary>
    public Token? EqualsToken { get; }

    /// <summary>The default value, or null.</summary>
    public ExpressionNode? DefaultValue { get; }

    /// <summary>The type constraints (<c>[string]</c>), in source order.</summary>
    public IReadOnlyList<TypeConstraintNode> TypeConstraints => Attributes.OfType<TypeConstraintNode>().ToArray();

    /// <summary>The name of the parameter's type: its first type constraint, or null (meaning object).</summary>
    public string? StaticTypeName => TypeConstraints.Count > 0 ? TypeConstraints[0].TypeName.FullName : null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitParameter(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Nodes(Attributes);
        sink.Node(Name);
        sink.Token(EqualsToken);
        sink.Node(DefaultValue);
    }
}
