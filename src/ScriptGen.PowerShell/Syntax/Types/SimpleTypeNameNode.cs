using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A type name without brackets after it: <c>System.String</c>, or assembly qualified.</summary>
public sealed class SimpleTypeNameNode : TypeNameNode
{
    internal SimpleTypeNameNode(Token nameToken, Token? assemblyComma, IReadOnlyList<Token> assemblyTokens)
    {
        NameToken = nameToken;
        AssemblyComma = assemblyComma;
        AssemblyTokens = assemblyTokens;
    }

    /// <summary>The name token (<c>System.String</c>, <c>List`1</c>).</summary>
    public Token NameToken { get; }

    /// <summary>The comma before an assembly name, or null.</summary>
    public Token? AssemblyComma { get; }

    /// <summary>The assembly name's tokens (names, commas and <c>=</c>).</summary>
    public IReadOnlyList<Token> AssemblyTokens { get; }

    /// <inheritdoc />
    public override string Name => Source.GetText(NameToken.Span);

    /// <inheritdoc />
    public override string FullName => AssemblyNames.Append(Name, AssemblyName);

    /// <summary>The assembly name as PowerShell normalizes it (<c>mscorlib, Version=4.0.0.0</c>), or null.</summary>
    public string? AssemblyName => AssemblyNames.Read(Source, AssemblyTokens);

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitSimpleTypeName(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(NameToken);
        sink.Token(AssemblyComma);
        sink.Tokens(AssemblyTokens);
    }
}
