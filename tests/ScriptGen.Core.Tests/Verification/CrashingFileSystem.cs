using ScriptGen.Core.IO;

namespace ScriptGen.Core.Tests.Verification;

/// <summary>
/// The real file system until the Nth file write, which writes half the bytes and throws; from then on nothing is
/// deleted or renamed, as when the process dies mid-write and no clean-up code runs.
/// </summary>
public sealed class CrashingFileSystem(int crashOnWrite) : IFileSystem
{
    private int _writes;

    /// <summary>True once the crash happened.</summary>
    public bool Crashed { get; private set; }

    public bool DirectoryExists(string path) => PhysicalFileSystem.Instance.DirectoryExists(path);

    public bool FileExists(string path) => PhysicalFileSystem.Instance.FileExists(path);

    public void CreateDirectory(string path) => PhysicalFileSystem.Instance.CreateDirectory(path);

    public void WriteFile(string path, byte[] bytes)
    {
        if (++_writes == crashOnWrite)
        {
            Crashed = true;
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            throw new IOException("Simulated crash in the middle of a write.");
        }

        PhysicalFileSystem.Instance.WriteFile(path, bytes);
    }

    public byte[] ReadFile(string path) => PhysicalFileSystem.Instance.ReadFile(path);

    public IEnumerable<string> EnumerateFiles(string folder) => PhysicalFileSystem.Instance.EnumerateFiles(folder);

    public void MoveDirectory(string from, string to)
    {
        if (!Crashed)
        {
            PhysicalFileSystem.Instance.MoveDirectory(from, to);
        }
    }

    public void DeleteDirectory(string path)
    {
        if (!Crashed)
        {
            PhysicalFileSystem.Instance.DeleteDirectory(path);
        }
    }

    public void MoveFile(string from, string to)
    {
        if (!Crashed)
        {
            PhysicalFileSystem.Instance.MoveFile(from, to);
        }
    }

    public void DeleteFile(string path)
    {
        if (!Crashed)
        {
            PhysicalFileSystem.Instance.DeleteFile(path);
        }
    }
}
