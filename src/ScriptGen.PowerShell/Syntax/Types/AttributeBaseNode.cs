using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An attribute (<c>[Parameter()]</c>) or a type constraint (<c>[int]</c>).</summary>
public abstract class AttributeBaseNode : SyntaxNode
{
    private protected AttributeBaseNode(Token openBracket, TypeNameNode typeName)
    {
        OpenBracket = openBracket;
        TypeName = typeName;
        Adopt(TypeName);
    }

    /// <summary>The <c>[</c>.</summary>
    public Token OpenBracket { get; }

    /// <summary>The attribute's or the type's name.</summary>
    public TypeNameNode TypeName { get; }

}
