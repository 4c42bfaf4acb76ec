using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A parameter of a command: <c>-Name</c>, or <c>-Name:value</c> with its argument.</summary>
public sealed class CommandParameterNode : CommandElementNode
{
    internal CommandParameterNode(Token parameterToken, string parameterName, ExpressionNode? argument)
    {
        ParameterToken = parameterToken;
        ParameterName = parameterName;
        Argument = argument;
        Adopt(Argument);
    }

    /// <summary>The parameter token (<c>-Name</c> or <c>-Name:</c>).</summary>
    public Token ParameterToken { get; }

    /// <summary>The name without the dash and colon.</summary>
    public string ParameterName { get; }

    /// <summary>The argument given after the colon, or null.</summary>
    public ExpressionNode? Argument { get; }

    /// <summary>True when the parameter was written with a colon (<c>-Force:$false</c>).</summary>
    public bool UsedColon => Source.Text[ParameterToken.End - 1] == ':';

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitCommandParameter(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(ParameterToken);
        sink.Node(Argument);
    }
}
