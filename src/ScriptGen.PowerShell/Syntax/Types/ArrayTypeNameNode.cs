using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An array type: <c>int[]</c>, <c>int[,]</c>.</summary>
public sealed class ArrayTypeNameNode : TypeNameNode
{
    internal ArrayTypeNameNode(TypeNameNode elementType, Token openBracket, IReadOnlyList<Token> commas, Token? closeBracket, Token? assemblyComma, IReadOnlyList<Token> assemblyTokens)
    {
        ElementType = elementType;
        OpenBracket = openBracket;
        Commas = commas;
        CloseBracket = closeBracket;
        AssemblyComma = assemblyComma;
        AssemblyTokens = assemblyTokens;
        Adopt(ElementType);
    }

    /// <summary>The element type.</summary>
    public TypeNameNode ElementType { get; }

    /// <summary>The <c>[</c>.</summary>
    public Token OpenBracket { get; }

    /// <summary>The commas of a multi-dimensional array.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <summary>The comma before an assembly name, or null.</summary>
    public Token? AssemblyComma { get; }

    /// <summary>The assembly name's tokens.</summary>
    public IReadOnlyList<Token> AssemblyTokens { get; }

    /// <summary>The number of dimensions.</summary>
    public int Rank => Commas.Count + 1;

    /// <inheritdoc />
    public override string Name => ElementType.Name + "[" + new string(',', Commas.Count) + "]";

    /// <inheritdoc />
    public override string FullName => AssemblyNames.Append(ElementType.Name + "[" + new string(',', Commas.Count) + "]", AssemblyName);

    /// <summary>The assembly name, or null.</summary>
    public string? AssemblyName => AssemblyNames.Read(Source, AssemblyTokens);

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitArrayTypeName(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(ElementType);
        sink.Token(OpenBracket);
        sink.Tokens(Commas);
        sink.Token(CloseBracket);
        sink.Token(AssemblyComma);
        sink.Tokens(AssemblyTokens);
    }
}
