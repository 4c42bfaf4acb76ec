using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>key = value</c> entry of a hashtable.</summary>
public sealed class HashtablePairNode : SyntaxNode
{
    internal HashtablePairNode(ExpressionNode key, Token? equalsToken, StatementNode @value)
    {
        Key = key;
        EqualsToken = equalsToken;
        Value = @value;
        Adopt(Key);
        Adopt(Value);
    }

    /// <summary>The key: a bare word, a string, a number or an expression.</summary>
    public ExpressionNode Key { get; }

    /// <summary>The <c>=</c>, or null when missing.</summary>
    public Token? EqualsToken { get; }

    /// <summary>The value: any statement.</summary>
    public StatementNode Value { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitHashtablePair(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Key);
        sink.Token(EqualsToken);
        sink.Node(Value);
    }
}
