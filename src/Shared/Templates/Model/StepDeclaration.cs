namespace ScriptGen.Templates.Model;

/// <summary>
/// One step of the procedure, in run order. <paramref name="Script"/> is the bundle file name (<c>NN-Verb-Noun.ps1</c>).
/// A step without variants has one implementation whose Variant is null; otherwise one per variant.
/// </summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record StepDeclaration(
    string Id,
    string Title,
    string Script,
    EquatableArray<StepImplementation> Implementations,
    string ExpectedOutput,
    string Verification,
    SourceLocation Location);
