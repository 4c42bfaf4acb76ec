using System.Collections.Generic;
using ScriptGen.Templates.Model;
using static ScriptGen.Templates.Generator.Emitting.Code;
using static ScriptGen.Templates.Generator.Helpers.CSharpLiteral;

namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>
/// Writes a <see cref="TemplateSetDeclaration"/> as the C# expression that constructs an equal one, member by member,
/// source locations included, so the built-in declaration equals what the run-time loader reads.
/// </summary>
internal static class DeclarationWriter
{
    /// <summary>The expression for <paramref name="set"/>.</summary>
    public static List<string> Write(TemplateSetDeclaration set) => New(
        TypeNames.TemplateSetDeclaration,
        Arg("Id", String(set.Id)),
        Arg("Title", String(set.Title)),
        Arg("Description", String(set.Description)),
        Arg("Parameters", Array(TypeNames.ParameterDeclaration, Map(set.Parameters, Parameter))),
        Arg("Variants", Array(TypeNames.VariantDeclaration, Map(set.Variants, Variant))),
        Arg("Steps", Array(TypeNames.StepDeclaration, Map(set.Steps, Step))),
        Arg("Advisories", Array(TypeNames.AdvisoryDeclaration, Map(set.Advisories, Advisory))),
        Arg("Lookups", Array(TypeNames.LookupTableDeclaration, Map(set.Lookups, Lookup))),
        Arg("Change", Change(set.Change)));

    private static List<string> Parameter(ParameterDeclaration parameter) => New(
        TypeNames.ParameterDeclaration,
        Arg("Name", String(parameter.Name)),
        Arg("Kind", TypeNames.ParameterKind + "." + parameter.Kind),
        Arg("Required", Boolean(parameter.Required)),
        Arg("RequiredWhen", Condition(parameter.RequiredWhen)),
        Arg("Default", String(parameter.Default)),
        Arg("AllowedValues", Strings(parameter.AllowedValues)),
        Arg("Pattern", String(parameter.Pattern)),
        Arg("Description", String(parameter.Description)),
        Arg("Example", String(parameter.Example)),
        Arg("Location", Location(parameter.Location)));

    private static List<string> Variant(VariantDeclaration variant) => New(
        TypeNames.VariantDeclaration,
        Arg("Id", String(variant.Id)),
        Arg("Title", String(variant.Title)),
        Arg("Description", String(variant.Description)),
        Arg("IsDefault", Boolean(variant.IsDefault)),
        Arg("IsRetired", Boolean(variant.IsRetired)));

    private static List<string> Step(StepDeclaration step) => New(
        TypeNames.StepDeclaration,
        Arg("Id", String(step.Id)),
        Arg("Title", String(step.Title)),
        Arg("Script", String(step.Script)),
        Arg("Implementations", Array(TypeNames.StepImplementation, Map(step.Implementations, Implementation))),
        Arg("ExpectedOutput", String(step.ExpectedOutput)),
        Arg("Verification", String(step.Verification)),
        Arg("Location", Location(step.Location)));

    private static List<string> Implementation(StepImplementation implementation) => New(
        TypeNames.StepImplementation,
        Arg("Variant", String(implementation.Variant)),
        Arg("Shell", TypeNames.ShellKind + "." + implementation.Shell),
        Arg("Template", String(implementation.Template)),
        Arg("RunsOn", String(implementation.RunsOn)),
        Arg("Needs", Strings(implementation.Needs)),
        Arg("Rollback", Rollback(implementation.Rollback)),
        Arg("Location", Location(implementation.Location)));

    private static List<string> Rollback(RollbackDeclaration? rollback) => rollback is null
        ? Line("null")
        : Line($"new {TypeNames.RollbackDeclaration}({String(rollback.Script)}, {String(rollback.Template)}, {String(rollback.Title)})");

    private static List<string> Advisory(AdvisoryDeclaration advisory) => New(
        TypeNames.AdvisoryDeclaration,
        Arg("Id", String(advisory.Id)),
        Arg("Title", String(advisory.Title)),
        Arg("Text", String(advisory.Text)),
        Arg("When", Condition(advisory.When)));

    private static List<string> Lookup(LookupTableDeclaration table) => New(
        TypeNames.LookupTableDeclaration,
        Arg("Parameter", String(table.Parameter)),
        Arg("Rows", Array(TypeNames.LookupRow, Map(table.Rows, Row))));

    private static List<string> Row(LookupRow row) => New(
        TypeNames.LookupRow,
        Arg("Value", String(row.Value)),
        Arg("Cells", Array(TypeNames.LookupCell, Map(row.Cells, cell => Line($"new {TypeNames.LookupCell}({String(cell.Name)}, {String(cell.Value)})")))));

    private static List<string> Change(ChangeDocumentDeclaration change) => New(
        TypeNames.ChangeDocumentDeclaration,
        Arg("Purpose", String(change.Purpose)),
        Arg("Prerequisites", Strings(change.Prerequisites)),
        Arg("Verification", String(change.Verification)),
        Arg("Backout", String(change.Backout)));

    private static List<string> Condition(ParameterCondition? condition)
    {
        if (condition is null)
        {
            return Line("null");
        }

        var values = Strings(condition.Values);
        var lines = new List<string> { $"new {TypeNames.ParameterCondition}({String(condition.Parameter)}, {values[0]}" };
        for (var i = 1; i < values.Count; i++)
        {
            lines.Add(values[i]);
        }

        lines[lines.Count - 1] += ")";
        return lines;
    }

    private static List<string> Strings(EquatableArray<string> values) => Array("string", Map(values, value => Line(String(value))));

    private static List<string> Location(SourceLocation location) =>
        Line($"new {TypeNames.SourceLocation}({String(location.Path)}, {Integer(location.Line)}, {Integer(location.Column)})");

    private static List<List<string>> Map<T>(EquatableArray<T> items, System.Func<T, List<string>> write)
        where T : System.IEquatable<T>?
    {
        var lines = new List<List<string>>(items.Count);
        foreach (var item in items)
        {
            lines.Add(write(item));
        }

        return lines;
    }
}
