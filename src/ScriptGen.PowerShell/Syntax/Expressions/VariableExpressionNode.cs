using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A variable: <c>$x</c>, <c>$global:x</c>, <c>${a b}</c>, <c>$env:Path</c>, or <c>@splat</c>.</summary>
public sealed class VariableExpressionNode : ExpressionNode
{
    internal VariableExpressionNode(Token variableToken, VariablePath variablePath)
    {
        VariableToken = variableToken;
        VariablePath = variablePath;
    }

    /// <summary>The variable token.</summary>
    public Token VariableToken { get; }

    /// <summary>The name with its qualifier.</summary>
    public VariablePath VariablePath { get; }

    /// <summary>True for <c>@name</c>.</summary>
    public bool Splatted => VariableToken.Kind == TokenKind.SplattedVariable;

    /// <summary>The name without qualifier.</summary>
    public string Name => VariablePath.Name;

    /// <summary>True for <c>${...}</c>.</summary>
    public bool IsBraced => VariableToken.Length > 1 && Source.Text[VariableToken.Start + 1] == '{';

    /// <summary>True for PowerShell's automatic variables that hold a constant (<c>$true $false $null</c>).</summary>
    public bool IsConstantVariable => VariablePath.IsUnqualified
        && (Name.Equals("true", StringComparison.OrdinalIgnoreCase) || Name.Equals("false", StringComparison.OrdinalIgnoreCase) || Name.Equals("null", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitVariableExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(VariableToken);
    }
}
