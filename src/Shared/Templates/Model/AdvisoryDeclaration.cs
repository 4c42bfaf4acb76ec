namespace ScriptGen.Templates.Model;

/// <summary>A warning that leads the change document, is printed on stderr and is recorded in the manifest; null <paramref name="When"/> means always.</summary>
public sealed record AdvisoryDeclaration(string Id, string Title, string Text, ParameterCondition? When);
