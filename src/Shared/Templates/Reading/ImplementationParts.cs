using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Reading;

/// <summary>The parts of a step implementation read so far; variant entries fall back to the step's own values.</summary>
internal sealed class ImplementationParts
{
    public ImplementationParts(ShellKind? shell, string? template, string? runsOn, EquatableArray<string> needs, RollbackDeclaration? rollback)
    {
        Shell = shell;
        Template = template;
        RunsOn = runsOn;
        Needs = needs;
        Rollback = rollback;
    }

    public ShellKind? Shell { get; }

    public string? Template { get; }

    public string? RunsOn { get; }

    public EquatableArray<string> Needs { get; }

    public RollbackDeclaration? Rollback { get; }

    /// <summary>Completes the implementation, reporting what a step must have and does not.</summary>
    public StepImplementation ToImplementation(string? variant, JsonObjectReader reader, string stepId, SourceLocation location)
    {
        var label = variant is null ? $"Step \"{stepId}\"" : $"Step \"{stepId}\", variant \"{variant}\"";
        if (Shell is null)
        {
            reader.Report(location, $"{label} needs \"shell\".");
        }

        if (RunsOn is null)
        {
            reader.Report(location, $"{label} needs \"runsOn\" (where the script runs, for the change document).");
        }

        return new StepImplementation(variant, Shell ?? ShellKind.ExchangeManagementShell, Template ?? string.Empty, RunsOn ?? string.Empty, Needs, Rollback, location);
    }
}
