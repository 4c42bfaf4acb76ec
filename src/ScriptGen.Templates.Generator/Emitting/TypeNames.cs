namespace ScriptGen.Templates.Generator.Emitting;

/// <summary>Fully qualified names of the types the generated code uses, so no using directive can change what they mean.</summary>
internal static class TypeNames
{
    private const string Model = "global::ScriptGen.Templates.Model.";
    private const string Catalog = "global::ScriptGen.Core.Catalog.";
    private const string Parameters = "global::ScriptGen.Core.Parameters.";

    public const string EquatableArray = "global::ScriptGen.Templates.EquatableArray";
    public const string TemplateSetDeclaration = Model + "TemplateSetDeclaration";
    public const string ParameterDeclaration = Model + "ParameterDeclaration";
    public const string ParameterKind = Model + "ParameterKind";
    public const string ParameterCondition = Model + "ParameterCondition";
    public const string VariantDeclaration = Model + "VariantDeclaration";
    public const string StepDeclaration = Model + "StepDeclaration";
    public const string StepImplementation = Model + "StepImplementation";
    public const string ShellKind = Model + "ShellKind";
    public const string RollbackDeclaration = Model + "RollbackDeclaration";
    public const string AdvisoryDeclaration = Model + "AdvisoryDeclaration";
    public const string LookupTableDeclaration = Model + "LookupTableDeclaration";
    public const string LookupRow = Model + "LookupRow";
    public const string LookupCell = Model + "LookupCell";
    public const string ChangeDocumentDeclaration = Model + "ChangeDocumentDeclaration";
    public const string SourceLocation = Model + "SourceLocation";
    public const string TemplateSet = Catalog + "TemplateSet";
    public const string TemplateFile = Catalog + "TemplateFile";
    public const string TemplateSetOrigin = Catalog + "TemplateSetOrigin";
    public const string ParameterValues = Parameters + "ParameterValues";
    public const string ParameterValidator = Parameters + "ParameterValidator";
    public const string ParameterValidationResult = Parameters + "ParameterValidationResult";
    public const string ReadOnlyDictionary = "global::System.Collections.Generic.IReadOnlyDictionary";
    public const string Dictionary = "global::System.Collections.Generic.Dictionary";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    public const string StringComparer = "global::System.StringComparer";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string ArgumentOutOfRangeException = "global::System.ArgumentOutOfRangeException";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";
}
