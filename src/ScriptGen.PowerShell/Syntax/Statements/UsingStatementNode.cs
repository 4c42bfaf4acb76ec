using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A <c>using namespace|module|assembly|type|command</c> statement.</summary>
public sealed class UsingStatementNode : StatementNode
{
    internal UsingStatementNode(Token usingKeyword, Token kindToken, UsingStatementKind usingKind, ExpressionNode name, Token? equalsToken, ExpressionNode? alias)
    {
        UsingKeyword = usingKeyword;
        KindToken = kindToken;
        UsingKind = usingKind;
        Name = name;
        EqualsToken = equalsToken;
        Alias = alias;
        Adopt(Name);
        Adopt(Alias);
    }

    /// <summary>The <c>using</c> keyword.</summary>
    public Token UsingKeyword { get; }

    /// <summary>The <c>namespace</c>, <c>module</c>, <c>assembly</c>, <c>type</c> or <c>command</c> keyword.</summary>
    public Token KindToken { get; }

    /// <summary>What is imported.</summary>
    public UsingStatementKind UsingKind { get; }

    /// <summary>The name: a bare word, a string, or the hashtable of <c>using module @{ ... }</c>.</summary>
    public ExpressionNode Name { get; }

    /// <summary>The <c>=</c> of an alias, or null.</summary>
    public Token? EqualsToken { get; }

    /// <summary>What follows <c>=</c> (the aliased name or a module specification), or null.</summary>
    public ExpressionNode? Alias { get; }

    /// <summary>The hashtable of <c>using module @{ ModuleName = ... }</c> (with or without an alias), or null.</summary>
    public HashtableNode? ModuleSpecification => Alias as HashtableNode ?? Name as HashtableNode;

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitUsingStatement(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(UsingKeyword);
        sink.Token(KindToken);
        sink.Node(Name);
        sink.Token(EqualsToken);
        sink.Node(Alias);
    }
}
