using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A string without expansions: <c>'text'</c>, <c>@'...'@</c>, <c>"text"</c> without variables, or a bare word (<c>Get-Item</c>, <c>C:\x</c>).</summary>
public sealed class StringConstantExpressionNode : ConstantExpressionNode
{
    internal StringConstantExpressionNode(Token literalToken, StringConstantType stringConstantType)
        : base(literalToken)
    {
        StringConstantType = stringConstantType;
    }

    /// <summary>How the string was written.</summary>
    public StringConstantType StringConstantType { get; }

    /// <summary>The string's value: quotes removed, escapes applied.</summary>
    public new string Value => (string)base.Value!;

    /// <summary>True for the text after <c>--%</c>, which PowerShell passes on as written.</summary>
    public bool IsVerbatim { get; internal init; }

    private readonly bool _collapsedQuotes = ParsingScope.CollapsingQuotes;

    private protected override object? ReadValue()
    {
        var text = Source.Text.AsSpan(LiteralToken.Start, LiteralToken.Length);
        if (IsVerbatim)
        {
            return text.ToString();
        }

        return StringValue.Decode(_collapsedQuotes ? StringValue.CollapseDoubledQuotes(text) : text, StringConstantType);
    }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitStringConstantExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(LiteralToken);
    }
}
