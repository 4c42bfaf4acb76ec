namespace ScriptGen.Core.Rendering.Nodes;

/// <summary><c>{{> name}}</c>; a partial alone on its line is indented by the whitespace before it, line by line.</summary>
public sealed record PartialNode(string Name, string Indent) : TemplateNode;
