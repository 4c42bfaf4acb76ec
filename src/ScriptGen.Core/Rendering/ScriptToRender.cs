namespace ScriptGen.Core.Rendering;

/// <summary>One script of a bundle: its bundle path, the template that produces it and the step it belongs to.</summary>
public sealed record ScriptToRender(string ScriptPath, string TemplatePath, int StepNumber, string StepTitle, bool IsRollback);
