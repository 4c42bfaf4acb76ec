using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>Receives a node's elements in source order: its own tokens and its child nodes.</summary>
internal interface ISyntaxElementSink
{
    /// <summary>A token the node owns (a keyword, punctuation, an operator, a literal).</summary>
    void AddToken(in Token token);

    /// <summary>A child node whose text lies in the node's text.</summary>
    void AddNode(SyntaxNode node);

    /// <summary>A child node read from inside a string token (a variable or sub-expression in <c>"..."</c>): not printed.</summary>
    void AddNested(SyntaxNode node);
}
