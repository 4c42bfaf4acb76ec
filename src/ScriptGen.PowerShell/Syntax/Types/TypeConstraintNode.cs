using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A type in brackets used as a constraint or cast: <c>[string]</c>.</summary>
public sealed class TypeConstraintNode : AttributeBaseNode
{
    internal TypeConstraintNode(Token openBracket, TypeNameNode typeName, Token? closeBracket)
        : base(openBracket, typeName)
    {
        CloseBracket = closeBracket;
    }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTypeConstraint(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBracket);
        sink.Node(TypeName);
        sink.Token(CloseBracket);
    }
}
