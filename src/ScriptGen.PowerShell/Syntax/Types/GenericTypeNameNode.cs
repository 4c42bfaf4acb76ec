using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A generic type: <c>Dictionary[string, List[int]]</c>.</summary>
public sealed class GenericTypeNameNode : TypeNameNode
{
    internal GenericTypeNameNode(SimpleTypeNameNode genericDefinition, Token openBracket, IReadOnlyList<TypeNameNode> typeArguments, IReadOnlyList<Token> punctuation, Token? closeBracket, Token? assemblyComma, IReadOnlyList<Token> assemblyTokens)
    {
        GenericDefinition = genericDefinition;
        OpenBracket = openBracket;
        TypeArguments = typeArguments;
        Punctuation = punctuation;
        CloseBracket = closeBracket;
        AssemblyComma = assemblyComma;
        AssemblyTokens = assemblyTokens;
        Adopt(GenericDefinition);
        AdoptAll(TypeArguments);
    }

    /// <summary>The generic type's name.</summary>
    public SimpleTypeNameNode GenericDefinition { get; }

    /// <summary>The <c>[</c> that opens the type arguments.</summary>
    public Token OpenBracket { get; }

    /// <summary>The type arguments.</summary>
    public IReadOnlyList<TypeNameNode> TypeArguments { get; }

    /// <summary>The commas between arguments and the brackets around bracketed arguments.</summary>
    public IReadOnlyList<Token> Punctuation { get; }

    /// <summary>The <c>]</c>, or null when missing.</summary>
    public Token? CloseBracket { get; }

    /// <summary>The comma before an assembly name, or null.</summary>
    public Token? AssemblyComma { get; }

    /// <summary>The assembly name's tokens.</summary>
    public IReadOnlyList<Token> AssemblyTokens { get; }

    /// <inheritdoc />
    public override string Name => GenericDefinition.Name + "[" + string.Join(",", TypeArguments.Select(static t => t.Name)) + "]";

    /// <inheritdoc />
    public override string FullName => AssemblyNames.Append(GenericDefinition.Name + "[" + string.Join(",", TypeArguments.Select(static t => t.FullName)) + "]", AssemblyName);

    /// <summary>The assembly name, or null.</summary>
    public string? AssemblyName => AssemblyNames.Read(Source, AssemblyTokens);

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitGenericTypeName(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(GenericDefinition);
        sink.Token(OpenBracket);
        sink.Interleave(TypeArguments, Punctuation);
        sink.Token(CloseBracket);
        sink.Token(AssemblyComma);
        sink.Tokens(AssemblyTokens);
    }
}
