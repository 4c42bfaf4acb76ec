namespace ScriptGen.PowerShell.Syntax;

/// <summary>Helpers for building trees in the parser.</summary>
internal static class SyntaxNodeExtensions
{
    /// <summary>Places a node that has no tokens (an error placeholder) at a position.</summary>
    public static T At<T>(this T node, int position)
        where T : SyntaxNode
    {
        node.EmptyPosition = position;
        return node;
    }
}
