using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>try { } catch { } finally { }</c> statement.</summary>
public sealed class TryStatementNode : StatementNode
{
    internal TryStatementNode(Token tryKeyword, StatementBlockNode body, IReadOnlyList<CatchClauseNode> catchClauses, Token? finallyKeyword, StatementBlockNode? @finally)
    {
        TryKeyword = tryKeyword;
        Body = body;
        CatchClauses = catchClauses;
        FinallyKeyword = finallyKeyword;
        Finally = @finally;
        Adopt(Body);
        AdoptAll(CatchClauses);
        Adopt(Finally);
    }

    /// <summary>The <c>try</c> keyword.</summary>
    public Token TryKeyword { get; }

    /// <summary>The guarded block.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>The <c>catch</c> clauses.</summary>
    public IReadOnlyList<CatchClauseNode> CatchClauses { get; }

    /// <summary>The <c>finally</c> keyword, or null.</summary>
    public Token? FinallyKeyword { get; }

    /// <summary>The <c>finally</c> block, or null.</summary>
    public StatementBlockNode? Finally { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTryStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(TryKeyword);
        sink.Node(Body);
        sink.Nodes(CatchClauses);
        sink.Token(FinallyKeyword);
        sink.Node(Finally);
    }
}
