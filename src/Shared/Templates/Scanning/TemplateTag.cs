namespace ScriptGen.Templates.Scanning;

/// <summary>
/// One Handlebars tag with the 1-based line and column of its opening braces. <paramref name="Name"/> is the value,
/// helper or partial name; <paramref name="Detail"/> explains Raw, Unsupported and Unterminated tags.
/// </summary>
public sealed record TemplateTag(
    TemplateTagKind Kind,
    string Name,
    EquatableArray<TemplateTagArgument> Arguments,
    int Line,
    int Column,
    string Detail);
