using System.IO.Compression;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.IO;

namespace ScriptGen.Core.Verification;

/// <summary>
/// Reads every file of a bundle folder or bundle zip into memory. A zip may hold the bundle at its root or below
/// one folder (as <c>--zip</c> writes it); entries that could escape the folder, duplicates and unreadable zips are
/// problems, never files.
/// </summary>
public static class BundleContentsReader
{
    /// <summary>The most one zip entry may expand to; bundles hold scripts and text, so more means a hostile zip.</summary>
    public const int MaxEntryBytes = 64 * 1024 * 1024;

    /// <summary>Reads the bundle at <paramref name="path"/>: a folder, or a file taken as a zip.</summary>
    public static BundleContents Read(string path, IFileSystem fileSystem)
    {
        if (fileSystem.DirectoryExists(path))
        {
            var files = fileSystem.EnumerateFiles(path)
                .Select(f => (Relative: Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .ToDictionary(f => f.Relative, f => fileSystem.ReadFile(f.Full), StringComparer.Ordinal);
            return new BundleContents(path, files, []);
        }

        return ReadZip(path, fileSystem.ReadFile(path));
    }

    /// <summary>Reads a bundle zip from its bytes; <paramref name="source"/> names it in messages.</summary>
    public static BundleContents ReadZip(string source, byte[] zip)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var problems = new List<BundleProblem>();
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                if (!IsSafeEntryName(entry.FullName))
                {
                    problems.Add(new BundleProblem(entry.FullName, "the zip entry's name could write outside the folder it is extracted to"));
                    continue;
                }

                var bytes = ReadBounded(entry);
                if (bytes is null)
                {
                    problems.Add(new BundleProblem(entry.FullName, $"the zip entry expands to more than {MaxEntryBytes / (1024 * 1024)} MiB; no bundle file is that large"));
                    continue;
                }

                if (!files.TryAdd(entry.FullName, bytes))
                {
                    problems.Add(new BundleProblem(entry.FullName, "the zip holds this entry twice"));
                }
            }
        }
        catch (InvalidDataException ex)
        {
            return new BundleContents(source, files, [new BundleProblem(null, $"the file is not a readable zip: {ex.Message}")]);
        }

        return new BundleContents(source, StripSingleRoot(files), problems);
    }

    private static byte[]? ReadBounded(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxEntryBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxEntryBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>True for a relative path of plain segments: no rooted path, drive, backslash, '.' or '..'.</summary>
    public static bool IsSafeEntryName(string name) =>
        name.Length > 0 && !name.Contains('\\') && !name.Contains(':') && !name.StartsWith('/')
        && name.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static Dictionary<string, byte[]> StripSingleRoot(Dictionary<string, byte[]> files)
    {
        if (files.ContainsKey(BundleLayout.Manifest))
        {
            return files;
        }

        var roots = files.Keys.Select(k => k.Split('/')[0]).Distinct(StringComparer.Ordinal).ToArray();
        if (roots.Length != 1 || files.Keys.Any(k => !k.Contains('/')))
        {
            return files;
        }

        var prefix = roots[0] + "/";
        return files.ToDictionary(f => f.Key[prefix.Length..], f => f.Value, StringComparer.Ordinal);
    }
}
