using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A pipeline: commands and expressions joined by <c>|</c>.</summary>
public sealed class PipelineNode : PipelineBaseNode
{
    internal PipelineNode(IReadOnlyList<CommandBaseNode> pipelineElements, IReadOnlyList<Token> pipes, Token? backgroundToken)
    {
        PipelineElements = pipelineElements;
        Pipes = pipes;
        BackgroundToken = backgroundToken;
        AdoptAll(PipelineElements);
    }

    /// <summary>The pipeline's elements.</summary>
    public IReadOnlyList<CommandBaseNode> PipelineElements { get; }

    /// <summary>The <c>|</c> tokens.</summary>
    public IReadOnlyList<Token> Pipes { get; }

    /// <summary>The trailing <c>&amp;</c> that runs the pipeline as a job, or null.</summary>
    public Token? BackgroundToken { get; }

    /// <summary>True when the pipeline ends with <c>&amp;</c>.</summary>
    public bool Background => BackgroundToken is not null;

    internal PipelineNode WithBackground(Token background) => new(PipelineElements, Pipes, background);

    /// <inheritdoc />
    public override ExpressionNode? GetPureExpression() =>
        PipelineElements is [CommandExpressionNode { Redirections.Count: 0 } single] ? single.Expression : null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitPipeline(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Interleave(PipelineElements, Pipes);
        sink.Token(BackgroundToken);
    }
}
