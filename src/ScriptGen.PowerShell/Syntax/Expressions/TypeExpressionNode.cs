using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A type literal: <c>[System.IO.Path]</c> in <c>[System.IO.Path]::Combine()</c>.</summary>
public sealed class TypeExpressionNode : ExpressionNode
{
    internal TypeExpressionNode(Token openBracket, TypeNameNode typeName, Token? closeBracket)
    {
        OpenBracket = openBracket;
        TypeName = typeName;
        CloseBracket = closeBracket;
        Adopt(TypeName);
    }

    /// <summary>The <c>[</c>.</summary>
    public Token OpenBracket { get; }

    /// <summary>The type name.</summary>
    public TypeNameNode TypeName { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTypeExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBracket);
        sink.Node(TypeName);
        sink.Token(CloseBracket);
    }
}
