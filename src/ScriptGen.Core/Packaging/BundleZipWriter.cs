using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;

namespace ScriptGen.Core.Packaging;

/// <summary>
/// Writes the deterministic zip of a bundle beside its folder (never inside it): to a temporary sibling first,
/// then renamed over any older zip, so a crash never leaves a half zip under the final name. A zip that already
/// has the same bytes is left untouched.
/// </summary>
public sealed class BundleZipWriter(IFileSystem fileSystem)
{
    /// <summary>Writes the zip of <paramref name="files"/> for <paramref name="bundleFolder"/>; returns its path and SHA-256.</summary>
    public (string Path, string Sha256) Write(string bundleFolder, IReadOnlyList<BundleFile> files, DateTimeOffset timestamp)
    {
        var path = DeterministicZip.PathFor(bundleFolder);
        var bytes = DeterministicZip.Write(System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(bundleFolder))), files, timestamp);
        var sha256 = Sha256Hex.Of(bytes);
        if (fileSystem.FileExists(path) && Sha256Hex.Of(fileSystem.ReadFile(path)) == sha256)
        {
            return (path, sha256);
        }

        var staging = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path)!, $".{System.IO.Path.GetFileName(path)}.tmp-{System.IO.Path.GetRandomFileName()}");
        try
        {
            fileSystem.WriteFile(staging, bytes);
            fileSystem.MoveFile(staging, path);
        }
        finally
        {
            if (fileSystem.FileExists(staging))
            {
                fileSystem.DeleteFile(staging);
            }
        }

        return (path, sha256);
    }
}
