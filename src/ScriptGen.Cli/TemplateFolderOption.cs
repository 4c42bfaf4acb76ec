using System.CommandLine;
using ScriptGen.Core.Catalog;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Reading;

namespace ScriptGen.Cli;

/// <summary>
/// --templates &lt;dir&gt;: template sets read from a folder at run time (one set, or one set per subfolder) and checked by
/// the same rules as the build. A folder set's options come from its declaration, so the folder is read before the
/// command tree is built; a set with the id of a built-in set replaces it.
/// </summary>
public static class TemplateFolderOption
{
    /// <summary>The option's name.</summary>
    public const string Name = "--templates";

    /// <summary>The option, declared on every command that uses the catalog so the parser accepts it.</summary>
    public static Option<string> Create() => new(Name)
    {
        Description = "Use the template sets in this folder (one set, or one per subfolder) in addition to the built-in ones; " +
            "they are checked by the same rules as the build before anything renders.",
        HelpName = "folder",
    };

    /// <summary>The folder named by --templates in <paramref name="args"/>, or null.</summary>
    public static string? Find(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == Name && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(Name + "=", StringComparison.Ordinal) || args[i].StartsWith(Name + ":", StringComparison.Ordinal))
            {
                return args[i][(Name.Length + 1)..];
            }
        }

        return null;
    }

    /// <summary>The catalog with the folder's sets added, or null after writing why the folder cannot be used.</summary>
    public static ITemplateCatalog? Load(string folder, ITemplateCatalog builtIn, TextWriter error)
    {
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"scriptgen: error: {Name}: '{folder}' is not a folder");
            return null;
        }

        var setFolders = File.Exists(Path.Combine(folder, DeclarationReader.FileName))
            ? [folder]
            : Directory.EnumerateDirectories(folder).Where(d => File.Exists(Path.Combine(d, DeclarationReader.FileName))).Order(StringComparer.Ordinal).ToArray();
        if (setFolders.Length == 0)
        {
            error.WriteLine($"scriptgen: error: {Name}: '{folder}' holds no {DeclarationReader.FileName}, neither itself nor in a subfolder");
            return null;
        }

        var sets = builtIn.Sets.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var usable = true;
        foreach (var setFolder in setFolders)
        {
            var result = TemplateSetLoader.Load(FolderTemplateSource.ReadFiles(setFolder), TemplateSetOrigin.Folder);
            foreach (var problem in result.Problems)
            {
                error.WriteLine($"{Path.Combine(setFolder, problem.Location.Path)}({problem.Location.Line},{problem.Location.Column}): {(problem.Descriptor.Severity == TemplateProblemSeverity.Error ? "error" : "warning")} {problem.Id}: {problem.Message}");
            }

            if (result.Set is null)
            {
                usable = false;
                continue;
            }

            sets[result.Set.Id] = result.Set;
        }

        if (!usable)
        {
            error.WriteLine($"scriptgen: error: {Name}: the template folder has errors; nothing was rendered.");
            return null;
        }

        return new TemplateCatalog(sets.Values);
    }
}
