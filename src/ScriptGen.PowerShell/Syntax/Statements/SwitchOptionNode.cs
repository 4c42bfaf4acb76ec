using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>An option of a <c>switch</c> statement (<c>-regex</c>), with the file name of <c>-file</c>.</summary>
public sealed class SwitchOptionNode : SyntaxNode
{
    internal SwitchOptionNode(Token parameterToken, string optionName, ExpressionNode? argument)
    {
        ParameterToken = parameterToken;
        OptionName = optionName;
        Argument = argument;
        Adopt(Argument);
    }

    /// <summary>The option token.</summary>
    public Token ParameterToken { get; }

    /// <summary>The option name without the dash.</summary>
    public string OptionName { get; }

    /// <summary>The file name of <c>-file</c>, or null.</summary>
    public ExpressionNode? Argument { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitSwitchOption(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(ParameterToken);
        sink.Node(Argument);
    }
}
