namespace ScriptGen.Templates.Model;

/// <summary>The script that undoes a changing step: its bundle path (<c>rollback/NN-Verb-Noun.ps1</c>), template and title.</summary>
public sealed record RollbackDeclaration(string Script, string Template, string Title);
