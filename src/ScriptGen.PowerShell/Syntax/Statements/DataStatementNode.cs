using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>data [name] [-SupportedCommand cmd] { }</c> statement.</summary>
public sealed class DataStatementNode : StatementNode
{
    internal DataStatementNode(Token keyword, Token? variableToken, string? variable, Token? supportedCommandToken, IReadOnlyList<ExpressionNode> commandsAllowed, IReadOnlyList<Token> commas, StatementBlockNode body)
    {
        Keyword = keyword;
        VariableToken = variableToken;
        Variable = variable;
        SupportedCommandToken = supportedCommandToken;
        CommandsAllowed = commandsAllowed;
        Commas = commas;
        Body = body;
        AdoptAll(CommandsAllowed);
        Adopt(Body);
    }

    /// <summary>The <c>data</c> keyword.</summary>
    public Token Keyword { get; }

    /// <summary>The variable name, or null.</summary>
    public Token? VariableToken { get; }

    /// <summary>The variable name, or null.</summary>
    public string? Variable { get; }

    /// <summary>The <c>-SupportedCommand</c> parameter, or null.</summary>
    public Token? SupportedCommandToken { get; }

    /// <summary>The commands allowed in the data section.</summary>
    public IReadOnlyList<ExpressionNode> CommandsAllowed { get; }

    /// <summary>The commas between the commands.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The data section.</summary>
    public StatementBlockNode Body { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitDataStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(Keyword);
        sink.Token(VariableToken);
        sink.Token(SupportedCommandToken);
        sink.Interleave(CommandsAllowed, Commas);
        sink.Node(Body);
    }
}
