namespace ScriptGen.Templates.Model;

/// <summary>
/// One parameter: its camelCase name (also the JSON key; the CLI option is the kebab-case form), type, whether it is
/// required (always, or when <paramref name="RequiredWhen"/> holds), default, allowed values and pattern.
/// </summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record ParameterDeclaration(
    string Name,
    ParameterKind Kind,
    bool Required,
    ParameterCondition? RequiredWhen,
    string? Default,
    EquatableArray<string> AllowedValues,
    string? Pattern,
    string Description,
    string? Example,
    SourceLocation Location);
