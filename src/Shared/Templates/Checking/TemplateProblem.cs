using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Checking;

/// <summary>One problem found in a template set, located in the file that causes it.</summary>
public sealed record TemplateProblem(TemplateProblemDescriptor Descriptor, string Message, SourceLocation Location)
{
    /// <summary>The problem's id, e.g. SGT005.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Formats the problem as <c>path(line,col): error SGT005: message</c>.</summary>
    public override string ToString() =>
        $"{Location.Path}({Location.Line},{Location.Column}): {(Descriptor.Severity == TemplateProblemSeverity.Error ? "error" : "warning")} {Descriptor.Id}: {Message}";
}
