namespace ScriptGen.Templates.Generator.Model;

/// <summary>
/// One file of a template set as the build sees it: the set's folder name, the path within the set (forward
/// slashes), the file's full path (for diagnostics only), and its text decoded as strictly as the run time decodes
/// bytes (a BOM is kept as U+FEFF). <paramref name="Text"/> is null when the bytes are not UTF-8.
/// </summary>
internal sealed record TemplateFileInput(string Folder, string Path, string FullPath, string? Text);
