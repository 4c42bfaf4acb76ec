using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>foreach ($x in ...) { }</c> statement (with <c>-parallel</c> in workflows).</summary>
public sealed class ForEachStatementNode : LoopStatementNode
{
    internal ForEachStatementNode(Token? label, string? labelText, Token keyword, IReadOnlyList<Token> flagTokens, ExpressionNode? throttleLimit, Token openParen, VariableExpressionNode variable, Token inKeyword, PipelineBaseNode condition, Token closeParen, StatementBlockNode body, ForEachFlags flags)
        : base(label, labelText)
    {
        Keyword = keyword;
        FlagTokens = flagTokens;
        ThrottleLimit = throttleLimit;
        OpenParen = openParen;
        Variable = variable;
        InKeyword = inKeyword;
        Condition = condition;
        CloseParen = closeParen;
        Body = body;
        Flags = flags;
        Adopt(ThrottleLimit);
        Adopt(Variable);
        Adopt(Condition);
        Adopt(Body);
    }

    /// <summary>The <c>foreach</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The <c>-parallel</c> and <c>-throttlelimit</c> parameters.</summary>
    public IReadOnlyList<Token> FlagTokens { get; }

    /// <summary>The <c>-throttlelimit</c> value, or null.</summary>
    public ExpressionNode? ThrottleLimit { get; }

    /// <summary>The <c>(</c>.</summary>
    public Token OpenParen { get; }

    /// <summary>The loop variable.</summary>
    public VariableExpressionNode Variable { get; }

    /// <summary>The <c>in</c> keyword.</summary>
    public Token InKeyword { get; }

    /// <summary>The collection enumerated.</summary>
    public PipelineBaseNode Condition { get; }

    /// <summary>The <c>)</c>.</summary>
    public Token CloseParen { get; }

    /// <summary>The loop body.</summary>
    public StatementBlockNode Body { get; }

    /// <summary>Parallel when <c>-parallel</c> was given.</summary>
    public ForEachFlags Flags { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitForEachStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Label);
        sink.Token(Keyword);
        sink.Tokens(FlagTokens);
        sink.Node(ThrottleLimit);
        sink.Token(OpenParen);
        sink.Node(Variable);
        sink.Token(InKeyword);
        sink.Node(Condition);
        sink.Token(CloseParen);
        sink.Node(Body);
    }
}
