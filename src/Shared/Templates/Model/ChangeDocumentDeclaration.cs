namespace ScriptGen.Templates.Model;

/// <summary>The set-level prose of CHANGE.md: purpose, prerequisites, verification and backout.</summary>
public sealed record ChangeDocumentDeclaration(
    string Purpose,
    EquatableArray<string> Prerequisites,
    string Verification,
    string Backout);
