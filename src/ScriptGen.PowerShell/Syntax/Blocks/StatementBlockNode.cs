using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A list of statements, usually in braces.</summary>
public sealed class StatementBlockNode : SyntaxNode
{
    internal StatementBlockNode(Token? openBrace, IReadOnlyList<StatementNode> allStatements, Token? closeBrace)
    {
        OpenBrace = openBrace;
        AllStatements = allStatements;
        CloseBrace = closeBrace;
        AdoptAll(AllStatements);
    }

    /// <summary>The <c>{</c>, or null.</summary>
    public Token? OpenBrace { get; }

    /// <summary>All statements in source order, traps included.</summary>
    public IReadOnlyList<StatementNode> AllStatements { get; }

    /// <summary>The <c>}</c>, or null when missing or not braced.</summary>
    public Token? CloseBrace { get; }

    /// <summary>The statements, traps excluded (as PowerShell's StatementBlockAst.Statements).</summary>
    public IReadOnlyList<StatementNode> Statements => AllStatements.Where(static s => s is not TrapStatementNode).ToArray();

    /// <summary>The trap statements.</summary>
    public IReadOnlyList<TrapStatementNode> Traps => AllStatements.OfType<TrapStatementNode>().ToArray();

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitStatementBlock(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBrace);
        sink.Nodes(AllStatements);
        sink.Token(CloseBrace);
    }
}
