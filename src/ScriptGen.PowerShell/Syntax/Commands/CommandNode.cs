using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A command invocation: a name, then arguments and parameters, with redirections anywhere among them.</summary>
public sealed class CommandNode : CommandBaseNode
{
    internal CommandNode(Token? invocationOperatorToken, IReadOnlyList<SyntaxNode> elements)
    {
        InvocationOperatorToken = invocationOperatorToken;
        Elements = elements;
        AdoptAll(Elements);
    }

    /// <summary>The <c>&amp;</c> or <c>.</c> before the name, or null.</summary>
    public Token? InvocationOperatorToken { get; }

    /// <summary>The name, arguments, parameters and redirections in source order.</summary>
    public IReadOnlyList<SyntaxNode> Elements { get; }

    /// <summary>Ampersand, Dot or Unknown (no operator).</summary>
    public TokenKind InvocationOperator => InvocationOperatorToken?.Kind ?? TokenKind.Unknown;

    /// <summary>The name, arguments and parameters, redirections excluded.</summary>
    public IReadOnlyList<CommandElementNode> CommandElements => Elements.OfType<CommandElementNode>().ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<RedirectionNode> Redirections => Elements.OfType<RedirectionNode>().ToArray();

    /// <summary>The command's name when it is a bare word or constant string, else null.</summary>
    public string? GetCommandName() => Elements.Count > 0 && Elements[0] is StringConstantExpressionNode name ? name.Value : null;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitCommand(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(InvocationOperatorToken);
        sink.Nodes(Elements);
    }
}
