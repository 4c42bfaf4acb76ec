namespace ScriptGen.Core.IO;

/// <summary>The few file operations bundling needs; tests substitute one that fails on demand.</summary>
public interface IFileSystem
{
    /// <summary>True when the folder exists.</summary>
    bool DirectoryExists(string path);

    /// <summary>True when the file exists.</summary>
    bool FileExists(string path);

    /// <summary>Creates the folder and its parents.</summary>
    void CreateDirectory(string path);

    /// <summary>Creates and writes the file; fails if it exists.</summary>
    void WriteFile(string path, byte[] bytes);

    /// <summary>Reads the whole file.</summary>
    byte[] ReadFile(string path);

    /// <summary>Every file below the folder, at any depth.</summary>
    IEnumerable<string> EnumerateFiles(string folder);

    /// <summary>Renames a folder (atomic within one volume).</summary>
    void MoveDirectory(string from, string to);

    /// <summary>Deletes a folder and everything in it.</summary>
    void DeleteDirectory(string path);

    /// <summary>Renames a file, replacing any file at <paramref name="to"/> (atomic within one volume).</summary>
    void MoveFile(string from, string to);

    /// <summary>Deletes a file if it exists.</summary>
    void DeleteFile(string path);
}
