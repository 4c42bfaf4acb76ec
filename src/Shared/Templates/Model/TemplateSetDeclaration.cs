namespace ScriptGen.Templates.Model;

/// <summary>
/// A template set as its <c>template-set.json</c> declares it: parameters, variants, steps in run order,
/// advisories, per-parameter lookup tables and the text of the change document.
/// </summary>
/// <remarks>Value equality over every member, nested collections included.</remarks>
public sealed record TemplateSetDeclaration(
    string Id,
    string Title,
    string Description,
    EquatableArray<ParameterDeclaration> Parameters,
    EquatableArray<VariantDeclaration> Variants,
    EquatableArray<StepDeclaration> Steps,
    EquatableArray<AdvisoryDeclaration> Advisories,
    EquatableArray<LookupTableDeclaration> Lookups,
    ChangeDocumentDeclaration Change);
