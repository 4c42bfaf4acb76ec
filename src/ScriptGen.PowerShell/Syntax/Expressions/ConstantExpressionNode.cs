using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A number literal; also the base of string constants.</summary>
public class ConstantExpressionNode : ExpressionNode
{
    internal ConstantExpressionNode(Token literalToken)
    {
        LiteralToken = literalToken;
    }

    /// <summary>The literal's token.</summary>
    public Token LiteralToken { get; }

    private object? _value;
    private bool _valueRead;

    /// <summary>The value: for numbers, typed as PowerShell types it (int, long, double, decimal, BigInteger ...), null when not valid; for strings, the string.</summary>
    public object? Value
    {
        get
        {
            if (!_valueRead)
            {
                _value = ReadValue();
                _valueRead = true;
            }

            return _value;
        }
    }

    private protected virtual object? ReadValue() => NumberLiteral.GetValue(Source.Text.AsSpan(LiteralToken.Start, LiteralToken.Length));

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitConstantExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(LiteralToken);
    }
}
