using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A named attribute argument: <c>Position = 0</c>, or <c>Mandatory</c> alone (meaning $true).</summary>
public sealed class NamedAttributeArgumentNode : SyntaxNode
{
    internal NamedAttributeArgumentNode(Token nameToken, string argumentName, Token? equalsToken, ExpressionNode? argument)
    {
        NameToken = nameToken;
        ArgumentName = argumentName;
        EqualsToken = equalsToken;
        Argument = argument;
        Adopt(Argument);
    }

    /// <summary>The argument name.</summary>
    public Token NameToken { get; }

    /// <summary>The argument name.</summary>
    public string ArgumentName { get; }

    /// <summary>The <c>=</c>, or null when the value is omitted.</summary>
    public Token? EqualsToken { get; }

    /// <summary>The value, or null when omitted.</summary>
    public ExpressionNode? Argument { get; }

    /// <summary>True when the value is omitted, which means $true.</summary>
    public bool ExpressionOmitted => EqualsToken is null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitNamedAttributeArgument(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(NameToken);
        sink.Token(EqualsToken);
        sink.Node(Argument);
    }
}
