namespace ScriptGen.Templates.Generator.Model;

/// <summary>
/// One set after the shared checker: the spec when the set has no error, every problem as a diagnostic, and the full
/// path of its declaration (for problems found later, across sets).
/// </summary>
internal sealed record CheckedTemplateSet(TemplateSetSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics, string DeclarationPath);
