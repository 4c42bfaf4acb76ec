namespace ScriptGen.Core.Catalog;

/// <summary>Reads the files of a template set from a folder: the declaration and every .hbs file below it.</summary>
public static class FolderTemplateSource
{
    /// <summary>Files keyed by their path relative to <paramref name="folder"/>, with forward slashes.</summary>
    public static IReadOnlyDictionary<string, byte[]> ReadFiles(string folder)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
            if (Templates.Reading.TemplateSetFiles.Belongs(relative))
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }

        return files;
    }
}
