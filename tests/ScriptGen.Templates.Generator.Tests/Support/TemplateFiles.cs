using System.Text;
using ScriptGen.Testing;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>
/// The files of a templates folder as the generator receives them: keyed by their path below the folder
/// (<c>set/path</c>, forward slashes), with their bytes. Mutations return a new instance.
/// </summary>
public sealed class TemplateFiles
{
    private readonly SortedDictionary<string, byte[]> _files;

    private TemplateFiles(string root, SortedDictionary<string, byte[]> files)
    {
        Root = root;
        _files = files;
    }

    /// <summary>The folder the paths are relative to; diagnostics name files below it.</summary>
    public string Root { get; }

    /// <summary>Every file by its path below <see cref="Root"/>.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>The folder of the test's fixture sets.</summary>
    public static string FixtureRoot => RepositoryPaths.Combine("tests/ScriptGen.Templates.Generator.Tests/Fixtures/TemplateSets");

    /// <summary>One fixture set, placed in the folder <paramref name="folder"/> of a templates folder.</summary>
    public static TemplateFiles Fixture(string name = "small", string? folder = null) => Read(FixtureRoot, name).Rename(name, folder ?? name);

    /// <summary>The files of the set folder <paramref name="set"/> below <paramref name="root"/>.</summary>
    public static TemplateFiles Read(string root, string set)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var folder = Path.Combine(root, set);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[set + "/" + Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(path);
        }

        return new TemplateFiles(root, files);
    }

    /// <summary>The full path a file would have.</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The text of a file (UTF-8).</summary>
    public string Text(string relative) => Encoding.UTF8.GetString(_files[relative]);

    /// <summary>These files with one replaced or added.</summary>
    public TemplateFiles With(string relative, byte[] bytes)
    {
        var copy = new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal) { [relative] = bytes };
        return new TemplateFiles(Root, copy);
    }

    /// <summary>These files with one replaced by UTF-8 text.</summary>
    public TemplateFiles With(string relative, string text) => With(relative, new UTF8Encoding(false).GetBytes(text));

    /// <summary>These files with the first occurrence of <paramref name="find"/> in one file replaced; fails when it is absent.</summary>
    public TemplateFiles Replace(string relative, string find, string replacement)
    {
        var text = Text(relative);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"\"{find}\" is not in {relative}.");
        }

        return With(relative, text[..at] + replacement + text[(at + find.Length)..]);
    }

    /// <summary>These files without one.</summary>
    public TemplateFiles Without(string relative)
    {
        var copy = new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
        return copy.Remove(relative) ? new TemplateFiles(Root, copy) : throw new InvalidOperationException($"{relative} does not exist.");
    }

    /// <summary>These files plus every file of <paramref name="other"/>.</summary>
    public TemplateFiles And(TemplateFiles other)
    {
        var copy = new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
        foreach (var (path, bytes) in other._files)
        {
            copy[path] = bytes;
        }

        return new TemplateFiles(Root, copy);
    }

    /// <summary>These files with the set folder <paramref name="from"/> renamed to <paramref name="to"/>.</summary>
    public TemplateFiles Rename(string from, string to)
    {
        var copy = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in _files)
        {
            copy[path.StartsWith(from + "/", StringComparison.Ordinal) ? to + path[from.Length..] : path] = bytes;
        }

        return new TemplateFiles(Root, copy);
    }

    /// <summary>Writes the files below <paramref name="folder"/>.</summary>
    public void WriteTo(string folder)
    {
        foreach (var (path, bytes) in _files)
        {
            var target = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }
}
