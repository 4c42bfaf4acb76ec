using ScriptGen.Core.IO;

namespace ScriptGen.Core.Tests.Support;

/// <summary>The real file system, except that the Nth file write throws, as a crash or a full disk would.</summary>
public sealed class FailingFileSystem(int failOnWrite) : IFileSystem
{
    private int _writes;

    public bool DirectoryExists(string path) => PhysicalFileSystem.Instance.DirectoryExists(path);

    public bool FileExists(string path) => PhysicalFileSystem.Instance.FileExists(path);

    public void CreateDirectory(string path) => PhysicalFileSystem.Instance.CreateDirectory(path);

    public void WriteFile(string path, byte[] bytes)
    {
        if (++_writes == failOnWrite)
        {
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            throw new IOException("Simulated failure: the disk is full.");
        }

        PhysicalFileSystem.Instance.WriteFile(path, bytes);
    }

    public byte[] ReadFile(string path) => PhysicalFileSystem.Instance.ReadFile(path);

    public IEnumerable<string> EnumerateFiles(string folder) => PhysicalFileSystem.Instance.EnumerateFiles(folder);

    public void MoveDirectory(string from, string to) => PhysicalFileSystem.Instance.MoveDirectory(from, to);

    public void DeleteDirectory(string path) => PhysicalFileSystem.Instance.DeleteDirectory(path);

    public void MoveFile(string from, string to) => PhysicalFileSystem.Instance.MoveFile(from, to);

    public void DeleteFile(string path) => PhysicalFileSystem.Instance.DeleteFile(path);
}
