using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>begin process end clean dynamicparam</c> block, or the unnamed block of a script block without named blocks (kind End).</summary>
public sealed class NamedBlockNode : SyntaxNode
{
    internal NamedBlockNode(Token? keyword, TokenKind blockKind, StatementBlockNode body)
    {
        Keyword = keyword;
        BlockKind = blockKind;
        Body = body;
        Adopt(Body);
    }

    /// <summary>The block name, or null for the unnamed block.</summary>
    public Token? Keyword { get; }

    /// <summary>Begin, Process, End, Clean or Dynamicparam.</summary>
    public TokenKind BlockKind { get; }

    /// <summary>The block's statements; the unnamed block's body has no braces.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>True for the implicit block of a script block that has no named blocks.</summary>
    public bool IsUnnamed => Keyword is null;

    /// <summary>The statements, traps excluded.</summary>
    public IReadOnlyList<StatementNode> Statements => Body.Statements;

    /// <summary>The trap statements.</summary>
    public IReadOnlyList<TrapStatementNode> Traps => Body.Traps;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitNamedBlock(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Node(Body);
    }
}
