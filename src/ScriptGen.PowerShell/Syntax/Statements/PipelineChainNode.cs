using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Two pipelines joined by <c>&amp;&amp;</c> or <c>||</c>; chains nest to the left.</summary>
public sealed class PipelineChainNode : PipelineBaseNode
{
    internal PipelineChainNode(PipelineBaseNode lhsPipelineChain, Token operatorToken, PipelineNode rhsPipeline, Token? backgroundToken)
    {
        LhsPipelineChain = lhsPipelineChain;
        OperatorToken = operatorToken;
        RhsPipeline = rhsPipeline;
        BackgroundToken = backgroundToken;
        Adopt(LhsPipelineChain);
        Adopt(RhsPipeline);
    }

    /// <summary>The left side: a pipeline or a chain.</summary>
    public PipelineBaseNode LhsPipelineChain { get; }

    /// <summary>The <c>&amp;&amp;</c> or <c>||</c>.</summary>
    public Token OperatorToken { get; }

    /// <summary>The right side.</summary>
    public PipelineNode RhsPipeline { get; }

    /// <summary>The trailing <c>&amp;</c>, or null.</summary>
    public Token? BackgroundToken { get; }

    /// <summary>AndAnd or OrOr.</summary>
    public TokenKind Operator => OperatorToken.Kind;

    /// <summary>True when the chain ends with <c>&amp;</c>.</summary>
    public bool Background => BackgroundToken is not null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitPipelineChain(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(LhsPipelineChain);
        sink.Token(OperatorToken);
        sink.Node(RhsPipeline);
        sink.Token(BackgroundToken);
    }
}
