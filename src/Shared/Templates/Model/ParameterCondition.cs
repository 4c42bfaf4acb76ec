namespace ScriptGen.Templates.Model;

/// <summary>True when the enum parameter <paramref name="Parameter"/> has one of <paramref name="Values"/>.</summary>
public sealed record ParameterCondition(string Parameter, EquatableArray<string> Values);
