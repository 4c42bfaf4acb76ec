using System.Text.Json.Nodes;
using ScriptGen.Core.IO;

namespace ScriptGen.Core.Bundling;

/// <summary>
/// Writes a bundle atomically: every file goes into a hidden sibling folder, in the order given (manifest last), and
/// the folder is then renamed into place. A crash leaves no half bundle where a bundle is expected. An existing
/// bundle with different content is only replaced with force; one with the same content is left untouched.
/// </summary>
public sealed class BundleWriter(IFileSystem fileSystem)
{
    /// <summary>Writes <paramref name="files"/> to <paramref name="folder"/>.</summary>
    public BundleWriteResult Write(string folder, IReadOnlyList<BundleFile> files, bool force)
    {
        var exists = fileSystem.DirectoryExists(folder);
        if (exists)
        {
            var differing = DifferingFiles(folder, files);
            if (differing.Count == 0)
            {
                return new BundleWriteResult(BundleWriteStatus.Unchanged, []);
            }

            if (!force)
            {
                return new BundleWriteResult(BundleWriteStatus.Conflict, differing);
            }
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(folder))!;
        var name = Path.GetFileName(Path.GetFullPath(folder));
        fileSystem.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.tmp-{Path.GetRandomFileName()}");
        try
        {
            fileSystem.CreateDirectory(staging);

            // Each folder once: on ext4 a mkdir that finds the folder already there is not free, and most files of a
            // bundle share the staging folder.
            var created = new HashSet<string>(StringComparer.Ordinal) { staging };
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path.Replace('/', Path.DirectorySeparatorChar));
                var directory = Path.GetDirectoryName(path)!;
                if (created.Add(directory))
                {
                    fileSystem.CreateDirectory(directory);
                }

                fileSystem.WriteFile(path, file.Bytes);
            }

            if (exists)
            {
                var retired = Path.Combine(parent, $".{name}.old-{Path.GetRandomFileName()}");
                fileSystem.MoveDirectory(folder, retired);
                fileSystem.MoveDirectory(staging, folder);
                fileSystem.DeleteDirectory(retired);
                return new BundleWriteResult(BundleWriteStatus.Replaced, []);
            }

            fileSystem.MoveDirectory(staging, folder);
            return new BundleWriteResult(BundleWriteStatus.Created, []);
        }
        finally
        {
            if (fileSystem.DirectoryExists(staging))
            {
                fileSystem.DeleteDirectory(staging);
            }
        }
    }

    private List<string> DifferingFiles(string folder, IReadOnlyList<BundleFile> files)
    {
        var differing = new List<string>();
        var existing = fileSystem.EnumerateFiles(folder)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (!existing.Remove(file.Path) || !SameContent(file, fileSystem.ReadFile(path)))
            {
                differing.Add(file.Path);
            }
        }

        differing.AddRange(existing.Order(StringComparer.Ordinal));
        return differing;
    }

    private static bool SameContent(BundleFile file, byte[] existing)
    {
        if (file.Bytes.AsSpan().SequenceEqual(existing))
        {
            return true;
        }

        return file.Path == BundleLayout.Manifest && SameManifestExceptCreationTime(file.Bytes, existing);
    }

    private static bool SameManifestExceptCreationTime(byte[] generated, byte[] existing)
    {
        try
        {
            var left = JsonNode.Parse(generated)!.AsObject();
            var right = JsonNode.Parse(existing)!.AsObject();
            left.Remove("createdUtc");
            right.Remove("createdUtc");
            return JsonNode.DeepEquals(left, right);
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
