using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>switch</c> statement with its options, value and clauses.</summary>
public sealed class SwitchStatementNode : LoopStatementNode
{
    internal SwitchStatementNode(Token? label, string? labelText, Token keyword, IReadOnlyList<SwitchOptionNode> options, SwitchFlags flags, Token? openParen, PipelineBaseNode? condition, Token? closeParen, Token openBrace, IReadOnlyList<SwitchClauseNode> allClauses, Token closeBrace)
        : base(label, labelText)
    {
        Keyword = keyword;
        Options = options;
        Flags = flags;
        OpenParen = openParen;
        Condition = condition;
        CloseParen = closeParen;
        OpenBrace = openBrace;
        AllClauses = allClauses;
        CloseBrace = closeBrace;
        AdoptAll(Options);
        Adopt(Condition);
        AdoptAll(AllClauses);
    }

    /// <summary>The <c>switch</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The options (<c>-regex</c>, <c>-file path</c> ...), in source order.</summary>
    public IReadOnlyList<SwitchOptionNode> Options { get; }

    /// <summary>The options in effect (the last of <c>-regex</c>, <c>-wildcard</c>, <c>-exact</c> wins).</summary>
    public SwitchFlags Flags { get; }

    /// <summary>The <c>(</c> before the value, or null with <c>-file</c>.</summary>
    public Token? OpenParen { get; }

    /// <summary>The value switched on (or the file name with <c>-file</c>).</summary>
    public PipelineBaseNode? Condition { get; }

    /// <summary>The <c>)</c>, or null.</summary>
    public Token? CloseParen { get; }

    /// <summary>The <c>{</c>.</summary>
    public Token OpenBrace { get; }

    /// <summary>The clauses in source order, <c>default</c> included.</summary>
    public IReadOnlyList<SwitchClauseNode> AllClauses { get; }

    /// <summary>The <c>}</c>.</summary>
    public Token CloseBrace { get; }

    /// <summary>The clauses other than <c>default</c>.</summary>
    public IReadOnlyList<SwitchClauseNode> Clauses => AllClauses.Where(static c => !c.IsDefault).ToArray();

    /// <summary>The body of the <c>default</c> clause, or null.</summary>
    public StatementBlockNode? Default => AllClauses.LastOrDefault(static c => c.IsDefault)?.Body;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitSwitchStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Label);
        sink.Token(Keyword);
        sink.Nodes(Options);
        sink.Token(OpenParen);

        // With -File the condition wraps the option's file name, which the option node owns.
        if (OpenParen is not null)
        {
            sink.Node(Condition);
        }

        sink.Token(CloseParen);
        sink.Token(OpenBrace);
        sink.Nodes(AllClauses);
        sink.Token(CloseBrace);
    }

}
