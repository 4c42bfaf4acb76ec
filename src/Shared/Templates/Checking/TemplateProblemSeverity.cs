namespace ScriptGen.Templates.Checking;

/// <summary>How a template problem is treated: an error stops the build (or a run with --templates), a warning does not.</summary>
public enum TemplateProblemSeverity
{
    Warning,
    Error,
}
