namespace ScriptGen.Templates.Scanning;

/// <summary>An argument of a helper: an identifier, or a quoted string literal (<paramref name="IsLiteral"/>) with its quotes removed.</summary>
public sealed record TemplateTagArgument(string Text, bool IsLiteral);
