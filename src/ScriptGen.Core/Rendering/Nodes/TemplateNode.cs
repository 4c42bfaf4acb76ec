namespace ScriptGen.Core.Rendering.Nodes;

/// <summary>A part of a compiled template: text, a value, a condition or a partial.</summary>
public abstract record TemplateNode;
