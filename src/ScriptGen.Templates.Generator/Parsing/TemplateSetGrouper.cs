using System.Collections.Generic;
using System.Collections.Immutable;
using ScriptGen.Templates.Generator.Model;

namespace ScriptGen.Templates.Generator.Parsing;

/// <summary>Groups template files by their set folder, in a stable order.</summary>
internal static class TemplateSetGrouper
{
    /// <summary>One input per folder, folders and files ordered by name; a path given twice is kept once.</summary>
    public static ImmutableArray<TemplateSetInput> Group(ImmutableArray<TemplateFileInput> files)
    {
        var byFolder = new SortedDictionary<string, SortedDictionary<string, TemplateFileInput>>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!byFolder.TryGetValue(file.Folder, out var set))
            {
                byFolder[file.Folder] = set = new SortedDictionary<string, TemplateFileInput>(System.StringComparer.Ordinal);
            }

            if (!set.ContainsKey(file.Path))
            {
                set[file.Path] = file;
            }
        }

        var sets = ImmutableArray.CreateBuilder<TemplateSetInput>(byFolder.Count);
        foreach (var pair in byFolder)
        {
            var setFiles = new List<TemplateFileInput>(pair.Value.Values);
            sets.Add(new TemplateSetInput(pair.Key, FolderPath(setFiles[0]), new EquatableArray<TemplateFileInput>(setFiles)));
        }

        return sets.MoveToImmutable();
    }

    /// <summary>The full path of the set's folder: the file's full path without its path within the set.</summary>
    private static string FolderPath(TemplateFileInput file)
    {
        var full = file.FullPath;
        if (full.Length <= file.Path.Length)
        {
            return full;
        }

        return full.Substring(0, full.Length - file.Path.Length).TrimEnd('/', '\\');
    }
}
