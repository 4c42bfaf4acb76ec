namespace ScriptGen.Templates.Checking;

/// <summary>The id, title, severity and help text of one kind of template problem; the same at build and run time.</summary>
public sealed record TemplateProblemDescriptor(string Id, string Title, TemplateProblemSeverity Severity, string Help);
