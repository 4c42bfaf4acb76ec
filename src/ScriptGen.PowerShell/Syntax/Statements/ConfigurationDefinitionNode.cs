using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A DSC <c>configuration Name { }</c> definition.</summary>
public sealed class ConfigurationDefinitionNode : StatementNode
{
    internal ConfigurationDefinitionNode(IReadOnlyList<AttributeNode> attributes, Token keyword, ExpressionNode instanceName, ScriptBlockExpressionNode body)
    {
        Attributes = attributes;
        Keyword = keyword;
        InstanceName = instanceName;
        Body = body;
        AdoptAll(Attributes);
        Adopt(InstanceName);
        Adopt(Body);
    }

    /// <summary>The attributes before the keyword.</summary>
    public IReadOnlyList<AttributeNode> Attributes { get; }

    /// <summary>The <c>configuration</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The configuration's name.</summary>
    public ExpressionNode InstanceName { get; }

    /// <summary>The body.</summary>
    public ScriptBlockExpressionNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitConfigurationDefinition(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Nodes(Attributes);
        sink.Token(Keyword);
        sink.Node(InstanceName);
        sink.Node(Body);
    }
}
