using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An <c>if</c> statement with its <c>elseif</c> clauses and optional <c>else</c>.</summary>
public sealed class IfStatementNode : StatementNode
{
    internal IfStatementNode(IReadOnlyList<IfClauseNode> clauses, Token? elseKeyword, StatementBlockNode? elseClause)
    {
        Clauses = clauses;
        ElseKeyword = elseKeyword;
        ElseClause = elseClause;
        AdoptAll(Clauses);
        Adopt(ElseClause);
    }

    /// <summary>The <c>if</c> clause and the <c>elseif</c> clauses.</summary>
    public IReadOnlyList<IfClauseNode> Clauses { get; }

    /// <summary>The <c>else</c> keyword, or null.</summary>
    public Token? ElseKeyword { get; }

    /// <summary>The <c>else</c> block, or null.</summary>
    public StatementBlockNode? ElseClause { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitIfStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Nodes(Clauses);
        sink.Token(ElseKeyword);
        sink.Node(ElseClause);
    }
}
