using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A redirection to a file: <c>&gt; path</c>, <c>2&gt;&gt; path</c>.</summary>
public sealed class FileRedirectionNode : RedirectionNode
{
    internal FileRedirectionNode(Token operatorToken, ExpressionNode location)
        : base(operatorToken)
    {
        Location = location;
        Adopt(Location);
    }

    /// <summary>Where the output goes.</summary>
    public ExpressionNode Location { get; }

    /// <summary>True for <c>&gt;&gt;</c> (append).</summary>
    public bool Append => OperatorText.EndsWith(">>", StringComparison.Ordinal);

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitFileRedirection(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OperatorToken);
        sink.Node(Location);
    }
}
