using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An assignment: <c>$x = ...</c>, <c>$x += ...</c>, <c>$x ??= ...</c>.</summary>
public sealed class AssignmentStatementNode : PipelineBaseNode
{
    internal AssignmentStatementNode(ExpressionNode left, Token operatorToken, StatementNode right)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        Adopt(Left);
        Adopt(Right);
    }

    /// <summary>What is assigned to.</summary>
    public ExpressionNode Left { get; }

    /// <summary>The assignment operator.</summary>
    public Token OperatorToken { get; }

    /// <summary>The value: any statement (a pipeline, an if, a switch ...).</summary>
    public StatementNode Right { get; }

    /// <summary>Equals, PlusEquals, MinusEquals, MultiplyEquals, DivideEquals, RemainderEquals or QuestionQuestionEquals.</summary>
    public TokenKind Operator => OperatorToken.Kind;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitAssignmentStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Left);
        sink.Token(OperatorToken);
        sink.Node(Right);
    }
}
