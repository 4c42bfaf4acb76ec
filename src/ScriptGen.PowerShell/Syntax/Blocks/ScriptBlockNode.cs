using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A script block: a whole script, a function body or a <c>{ }</c> literal, with its using statements, param block and named blocks.</summary>
public sealed class ScriptBlockNode : SyntaxNode
{
    internal ScriptBlockNode(Token? openBrace, IReadOnlyList<StatementNode> usings, ParamBlockNode? paramBlock, IReadOnlyList<NamedBlockNode> blocks, ErrorStatementNode? trailingError, Token? closeBrace)
    {
        OpenBrace = openBrace;
        Usings = usings;
        ParamBlock = paramBlock;
        Blocks = blocks;
        TrailingError = trailingError;
        CloseBrace = closeBrace;
        AdoptAll(Usings);
        Adopt(ParamBlock);
        AdoptAll(Blocks);
        Adopt(TrailingError);
    }

    /// <summary>The <c>{</c>, or null for a whole script.</summary>
    public Token? OpenBrace { get; }

    /// <summary>The <c>using</c> statements at the start of a script (with any that failed to parse).</summary>
    public IReadOnlyList<StatementNode> Usings { get; }

    /// <summary>The <c>param()</c> block, or null.</summary>
    public ParamBlockNode? ParamBlock { get; }

    /// <summary>The named blocks (<c>begin process end clean dynamicparam</c>) or the one unnamed block, in source order.</summary>
    public IReadOnlyList<NamedBlockNode> Blocks { get; }

    /// <summary>At the end of a script, text the parser stopped reading after an error (PowerShell ignores it too), or null.</summary>
    public ErrorStatementNode? TrailingError { get; }

    /// <summary>The <c>}</c>, or null.</summary>
    public Token? CloseBrace { get; }

    /// <summary>The <c>using</c> statements at the start of a script.</summary>
    public IReadOnlyList<UsingStatementNode> UsingStatements => Usings.OfType<UsingStatementNode>().ToArray();

    /// <summary>What the script's <c>#requires</c> comments ask for; set on the root of a tree.</summary>
    public ScriptRequirements? Requirements { get; internal set; }

    /// <summary>True for the body of a <c>filter</c>.</summary>
    public bool IsFilter => Parent is FunctionDefinitionNode { IsFilter: true };

    /// <summary>The attributes of the param block (empty when there is none).</summary>
    public IReadOnlyList<AttributeNode> Attributes => ParamBlock?.Attributes ?? [];

    /// <summary>The first ancestor script block, or null for the root.</summary>
    public ScriptBlockNode? ParentScriptBlock => FirstAncestor<ScriptBlockNode>();

    /// <summary>The <c>begin</c> block, or null.</summary>
    public NamedBlockNode? BeginBlock => Find(TokenKind.Begin);

    /// <summary>The <c>process</c> block, or null.</summary>
    public NamedBlockNode? ProcessBlock => Find(TokenKind.Process);

    /// <summary>The <c>end</c> block or the unnamed block, or null.</summary>
    public NamedBlockNode? EndBlock => Find(TokenKind.End);

    /// <summary>The <c>clean</c> block, or null.</summary>
    public NamedBlockNode? CleanBlock => Find(TokenKind.Clean);

    /// <summary>The <c>dynamicparam</c> block, or null.</summary>
    public NamedBlockNode? DynamicParamBlock => Find(TokenKind.Dynamicparam);

    private NamedBlockNode? Find(TokenKind kind)
    {
        foreach (var block in Blocks)
        {
            if (block.BlockKind == kind)
            {
                return block;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override VisitAction Accept(SyntaxVisitor visitor) => visitor.VisitScriptBlock(this);

    internal override void WriteElements(ISyntaxElementSink sink)
    {
        sink.Token(OpenBrace);
        sink.Nodes(Usings);
        sink.Node(ParamBlock);
        sink.Nodes(Blocks);
        sink.Node(TrailingError);
        sink.Token(CloseBrace);
    }
}
