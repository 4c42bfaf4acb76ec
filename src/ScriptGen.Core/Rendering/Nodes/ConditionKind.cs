namespace ScriptGen.Core.Rendering.Nodes;

/// <summary>The block helpers: #if (value given), #unless (value not given), #ifEquals (value equals a literal).</summary>
public enum ConditionKind
{
    If,
    Unless,
    IfEquals,
}
