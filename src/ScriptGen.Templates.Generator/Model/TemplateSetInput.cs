namespace ScriptGen.Templates.Generator.Model;

/// <summary>The files of one template-set folder, ordered by path, and the folder's full path (for diagnostics only).</summary>
internal sealed record TemplateSetInput(string Folder, string FolderPath, EquatableArray<TemplateFileInput> Files);
