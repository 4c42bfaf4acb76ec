using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A method or constructor of a class.</summary>
public sealed class FunctionMemberNode : MemberNode
{
    internal FunctionMemberNode(IReadOnlyList<AttributeNode> attributes, IReadOnlyList<Token> modifiers, TypeConstraintNode? returnType, Token nameToken, string methodName, Token? openParen, IReadOnlyList<ParameterNode> parameters, IReadOnlyList<Token> commas, Token? closeParen, BaseConstructorCallNode? baseCall, ScriptBlockNode body)
        : base(attributes, modifiers)
    {
        ReturnType = returnType;
        NameToken = nameToken;
        MethodName = methodName;
        OpenParen = openParen;
        Parameters = parameters;
        Commas = commas;
        CloseParen = closeParen;
        BaseCall = baseCall;
        Body = body;
        Adopt(ReturnType);
        AdoptAll(Parameters);
        Adopt(BaseCall);
        Adopt(Body);
    }

    /// <summary>The return type, or null.</summary>
    public TypeConstraintNode? ReturnType { get; }

    /// <summary>The method's name.</summary>
    public Token NameToken { get; }

    /// <summary>The method's name.</summary>
    public string MethodName { get; }

    /// <summary>The <c>(</c>, or null when missing.</summary>
    public Token? OpenParen { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<ParameterNode> Parameters { get; }

    /// <summary>The commas between parameters.</summary>
    public IReadOnlyList<Token> Commas { get; }

    /// <summary>The <c>)</c>, or null.</summary>
    public Token? CloseParen { get; }

    /// <summary>The <c>: base(...)</c> call of a constructor, or null.</summary>
    public BaseConstructorCallNode? BaseCall { get; }

    /// <summary>The body.</summary>
    public ScriptBlockNode Body { get; }

    /// <inheritdoc />
    public override string Name => MethodName;

    /// <summary>True when the method is a constructor (named after its class).</summary>
    public bool IsConstructor => Parent is TypeDefinitionNode type && string.Equals(type.Name, MethodName, StringComparison.OrdinalIgnoreCase) && !IsStatic;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitFunctionMember(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        WritePrefix(sink, ReturnType);
        sink.Token(NameToken);
        sink.Token(OpenParen);
        sink.Interleave(Parameters, Commas);
        sink.Token(CloseParen);
        sink.Node(BaseCall);
        sink.Node(Body);
    }

}
