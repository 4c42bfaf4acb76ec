namespace ScriptGen.Core.Rendering.Nodes;

/// <summary><c>{{comment name}}</c>: the value, written so that it cannot leave the comment it stands in.</summary>
public sealed record CommentValueNode(string Name) : TemplateNode;
