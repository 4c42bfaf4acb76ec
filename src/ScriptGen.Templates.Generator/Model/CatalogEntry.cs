namespace ScriptGen.Templates.Generator.Model;

/// <summary>One line of the generated catalog class: a set's id and the stem of its generated type names.</summary>
internal sealed record CatalogEntry(string Id, string TypeStem);
