using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A string with variables or sub-expressions to expand: <c>"Hello $name"</c>, <c>@"..."@</c>, or a bare word like <c>$dir\file.txt</c>.</summary>
public sealed class ExpandableStringExpressionNode : ExpressionNode
{
    internal ExpandableStringExpressionNode(Token literalToken, StringConstantType stringConstantType, IReadOnlyList<ExpressionNode> nestedExpressions)
    {
        LiteralToken = literalToken;
        StringConstantType = stringConstantType;
        NestedExpressions = nestedExpressions;
        AdoptAll(NestedExpressions);
    }

    /// <summary>The string's token.</summary>
    public Token LiteralToken { get; }

    /// <summary>How the string was written.</summary>
    public StringConstantType StringConstantType { get; }

    /// <summary>The expressions inside the string, in order (variables and <c>$( )</c> sub-expressions).</summary>
    public IReadOnlyList<ExpressionNode> NestedExpressions { get; }

    private readonly bool _collapsedQuotes = ParsingScope.CollapsingQuotes;
    private string? _value;

    /// <summary>The string's text with quotes removed and escapes applied, the expressions left as written.</summary>
    public string Value => _value ??= Decode();

    private string Decode()
    {
        var text = Source.Text.AsSpan(LiteralToken.Start, LiteralToken.Length);
        return StringValue.Decode(_collapsedQuotes ? StringValue.CollapseDoubledQuotes(text) : text, StringConstantType);
    }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitExpandableStringExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(LiteralToken);
        foreach (var nested in NestedExpressions)
        {
            sink.AddNested(nested);
        }
    }
}
