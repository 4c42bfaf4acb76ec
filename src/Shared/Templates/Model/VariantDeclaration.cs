namespace ScriptGen.Templates.Model;

/// <summary>An alternative implementation of some steps (graph, msonline); a retired variant needs an explicit opt-in.</summary>
public sealed record VariantDeclaration(string Id, string Title, string Description, bool IsDefault, bool IsRetired);
