using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A redirection: to a file (<c>&gt; out.txt</c>) or of one stream into another (<c>2&gt;&amp;1</c>).</summary>
public abstract class RedirectionNode : SyntaxNode
{
    private protected RedirectionNode(Token operatorToken)
    {
        OperatorToken = operatorToken;
    }

    /// <summary>The redirection operator.</summary>
    public Token OperatorToken { get; }

    /// <summary>The stream redirected.</summary>
    public RedirectionStream FromStream => RedirectionStreams.From(OperatorText);

    /// <summary>The operator's text (<c>2&gt;&gt;</c>).</summary>
    public string OperatorText => Source.GetText(OperatorToken.Span);

}
