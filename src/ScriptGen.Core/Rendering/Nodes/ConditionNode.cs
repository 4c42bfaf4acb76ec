namespace ScriptGen.Core.Rendering.Nodes;

/// <summary>A block: <paramref name="Then"/> when the condition holds, otherwise <paramref name="Else"/> (after {{else}}).</summary>
public sealed record ConditionNode(ConditionKind Kind, string Name, string? Literal, IReadOnlyList<TemplateNode> Then, IReadOnlyList<TemplateNode> Else) : TemplateNode;
