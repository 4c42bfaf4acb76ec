using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Syntax;

/// <summary>A loop statement (<c>foreach for while do switch</c>), which may carry a label.</summary>
public abstract class LoopStatementNode : StatementNode
{
    private protected LoopStatementNode(Token? label, string? labelText)
    {
        Label = label;
        LabelText = labelText;
    }

    /// <summary>The label token (<c>:outer</c>), or null.</summary>
    public Token? Label { get; }

    /// <summary>The label name without its colon, or null.</summary>
    public string? LabelText { get; }

}
