using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A redirection of one stream into another: <c>2&gt;&amp;1</c>, <c>*&gt;&amp;1</c>.</summary>
public sealed class MergingRedirectionNode : RedirectionNode
{
    internal MergingRedirectionNode(Token operatorToken)
        : base(operatorToken)
    {
    }

    /// <summary>The stream redirected to.</summary>
    public RedirectionStream ToStream => RedirectionStreams.MergeTarget(OperatorText);

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitMergingRedirection(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OperatorToken);
    }
}
