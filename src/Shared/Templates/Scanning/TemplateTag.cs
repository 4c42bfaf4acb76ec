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
    string Detail)
{
    /// <summary>The 0-based offset of the tag's first brace.</summary>
    public int Start { get; init; }

    /// <summary>The number of characters from the first to the last brace of the tag.</summary>
    public int Length { get; init; }
}
