namespace ScriptGen.Templates.Generator.Model;

/// <summary>The sets the catalog serves, ordered by id, and the problems that span sets.</summary>
internal sealed record CatalogSpec(EquatableArray<TemplateSetSpec> Sets, EquatableArray<DiagnosticInfo> Diagnostics);
