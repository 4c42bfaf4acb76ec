using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A method call: <c>$x.Method(1, 2)</c>, <c>[Math]::Max(1, 2)</c>, <c>[Array]::Empty[int]()</c>.</summary>
public sealed class InvokeMemberExpressionNode : MemberExpressionNode
{
    internal InvokeMemberExpressionNode(ExpressionNode expression, Token operatorToken, CommandElementNode member, GenericMethodArgumentsNode? genericArguments, Token openToken, IReadOnlyList<ExpressionNode> arguments, IReadOnlyList<Token> commas, Token? closeParen)
        : base(expression, operatorToken, member)
    {
        GenericArguments = genericArguments;
        OpenToken = openToken;
        Arguments = arguments;
        Commas = commas;
        CloseParen = closeParen;
        Adopt(GenericArguments);
        AdoptAll(Arguments);
    }

    /// <summary>The type arguments of a generic method call, or null.</summary>
    public GenericMethodArgumentsNode? GenericArguments { get; }

    /// <summary>The <c>(</c>, or the <c>{</c> of a script block argument (<c>$x.Where{ }</c>).</summary>
    public Token OpenToken { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<ExpressionNode> Arguments { get; }

    /// <summary>The commas between arguments.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c>, or null (missing, or a script block argument).</summary>
    public Token? CloseParen { get; }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitInvokeMemberExpression(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Node(Expression);
        sink.Token(OperatorToken);
        sink.Node(Member);
        sink.Node(GenericArguments);
        sink.Token(OpenToken);
        sink.Interleave(Arguments, Commas);
        sink.Token(CloseParen);
    }
}
