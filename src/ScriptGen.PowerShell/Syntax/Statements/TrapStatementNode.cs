using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>trap [Type] { }</c> statement.</summary>
public sealed class TrapStatementNode : StatementNode
{
    internal TrapStatementNode(Token trapKeyword, TypeConstraintNode? trapType, StatementBlockNode body)
    {
        TrapKeyword = trapKeyword;
        TrapType = trapType;
        Body = body;
        Adopt(TrapType);
        Adopt(Body);
    }

    /// <summary>The <c>trap</c> keyword.</summary>
    public Token TrapKeyword { get; }

    /// <summary>The exception type, or null.</summary>
    public TypeConstraintNode? TrapType { get; }

    /// <summary>The handler.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitTrapStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(TrapKeyword);
        sink.Node(TrapType);
        sink.Node(Body);
    }
}
