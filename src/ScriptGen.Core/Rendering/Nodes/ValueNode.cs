namespace ScriptGen.Core.Rendering.Nodes;

/// <summary><c>{{name}}</c>: the value, always written as one single-quoted PowerShell literal.</summary>
public sealed record ValueNode(string Name) : TemplateNode;
