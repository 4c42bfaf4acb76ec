namespace ScriptGen.Templates.Checking;

/// <summary>Every kind of template problem. docs/diagnostics.md describes each; the ids never change meaning.</summary>
public static class TemplateProblems
{
    public static readonly TemplateProblemDescriptor InvalidJson = new(
        "SGT001", "The declaration is not valid JSON", TemplateProblemSeverity.Error,
        "template-set.json must be one strict JSON object: no comments, no trailing commas, no duplicate member names.");

    public static readonly TemplateProblemDescriptor InvalidDeclaration = new(
        "SGT002", "The declaration breaks a rule of the template-set schema", TemplateProblemSeverity.Error,
        "See docs/templates.md for every member of template-set.json, its type and its rules.");

    public static readonly TemplateProblemDescriptor DuplicateId = new(
        "SGT003", "Two declarations share an id", TemplateProblemSeverity.Error,
        "Parameter names, variant ids, step ids, advisory ids and script names must each be unique within a template set.");

    public static readonly TemplateProblemDescriptor MissingFile = new(
        "SGT004", "A declared template file does not exist", TemplateProblemSeverity.Error,
        "Every template and rollback path in template-set.json names a file relative to the set's folder.");

    public static readonly TemplateProblemDescriptor UndeclaredParameter = new(
        "SGT005", "A template uses a name that is not declared", TemplateProblemSeverity.Error,
        "A {{name}} must be a declared parameter, a lookup value or a built-in value (docs/templates.md); otherwise rendering would fail or emit nothing.");

    public static readonly TemplateProblemDescriptor UnusedParameter = new(
        "SGT006", "A declared parameter is never used", TemplateProblemSeverity.Warning,
        "Remove the parameter from template-set.json or use it in a template; unused parameters mislead the people who fill them in.");

    public static readonly TemplateProblemDescriptor RawOutput = new(
        "SGT007", "A template writes raw, unencoded output", TemplateProblemSeverity.Error,
        "{{{x}}}, {{&x}}, {{{{raw}}}} blocks and \\{{ escapes bypass the PowerShell literal encoder; every value must render as a single-quoted literal.");

    public static readonly TemplateProblemDescriptor UnbalancedBlock = new(
        "SGT008", "A block is not closed, or is closed with the wrong name", TemplateProblemSeverity.Error,
        "Each {{#name}} needs a matching {{/name}}; {{else}} may only appear inside a block.");

    public static readonly TemplateProblemDescriptor UnsupportedExpression = new(
        "SGT009", "A template uses an unknown helper, partial or expression form", TemplateProblemSeverity.Error,
        "Supported: {{name}}, {{comment name}}, {{#if name}}, {{#unless name}}, {{#ifEquals name \"value\"}}, {{else}} and {{> partial}}.");

    public static readonly TemplateProblemDescriptor NotUtf8 = new(
        "SGT010", "A file of the template set is not UTF-8 without a byte-order mark", TemplateProblemSeverity.Error,
        "Save template-set.json and every .hbs file as UTF-8 without a BOM: the manifest names each template by the SHA-256 of its bytes, and the build computes that hash from the file's text.");

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly System.Collections.Generic.IReadOnlyList<TemplateProblemDescriptor> All = new[]
    {
        InvalidJson, InvalidDeclaration, DuplicateId, MissingFile, UndeclaredParameter, UnusedParameter, RawOutput, UnbalancedBlock, UnsupportedExpression, NotUtf8,
    };
}
