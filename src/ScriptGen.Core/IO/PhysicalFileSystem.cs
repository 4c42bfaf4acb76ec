namespace ScriptGen.Core.IO;

/// <summary>The real file system.</summary>
public sealed class PhysicalFileSystem : IFileSystem
{
    /// <summary>The one instance.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    /// <inheritdoc />
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc />
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc />
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <remarks>
    /// No fsync: it cost 60-90 ms per bundle here (ten files), most of a batch's time. A crash of the process still
    /// leaves no bundle in place (the folder is renamed only after every write); after a power loss a bundle may hold
    /// truncated files, which `scriptgen verify` and Verify-Bundle.ps1 report as not intact.
    /// </remarks>
    public void WriteFile(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
    }

    /// <inheritdoc />
    public byte[] ReadFile(string path) => File.ReadAllBytes(path);

    /// <inheritdoc />
    public IEnumerable<string> EnumerateFiles(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories);

    /// <inheritdoc />
    public void MoveDirectory(string from, string to) => Directory.Move(from, to);

    /// <inheritdoc />
    public void DeleteDirectory(string path) => Directory.Delete(path, recursive: true);

    /// <inheritdoc />
    public void MoveFile(string from, string to) => File.Move(from, to, overwrite: true);

    /// <inheritdoc />
    public void DeleteFile(string path) => File.Delete(path);
}
