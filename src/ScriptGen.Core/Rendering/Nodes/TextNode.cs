namespace ScriptGen.Core.Rendering.Nodes;

/// <summary>PowerShell text from the template, written as it is.</summary>
public sealed record TextNode(string Text) : TemplateNode;
