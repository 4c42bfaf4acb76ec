using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A type name that could not be read completely: the part that could, and the tokens after it.</summary>
public sealed class ErrorTypeNameNode : TypeNameNode
{
    internal ErrorTypeNameNode(TypeNameNode? inner, IReadOnlyList<Token> tokens)
    {
        Inner = inner;
        Tokens = tokens;
        Adopt(Inner);
    }

    /// <summary>The type name read before the error, or null.</summary>
    public TypeNameNode? Inner { get; }

    /// <summary>The tokens read as part of the bad type name.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <inheritdoc />
    public override string Name => Inner?.Name ?? string.Empty;

    /// <inheritdoc />
    public override string FullName => Inner?.FullName ?? string.Empty;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitErrorTypeName(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Inner);
        sink.Tokens(Tokens);
    }
}
