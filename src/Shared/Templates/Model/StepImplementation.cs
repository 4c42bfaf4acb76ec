namespace ScriptGen.Templates.Model;

/// <summary>How a step is carried out for one variant (or for all, when <paramref name="Variant"/> is null).</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record StepImplementation(
    string? Variant,
    ShellKind Shell,
    string Template,
    string RunsOn,
    EquatableArray<string> Needs,
    RollbackDeclaration? Rollback,
    SourceLocation Location);
