namespace ScriptGen.Benchmarks;

/// <summary>
/// The one large module the analyzer benchmark times: PowerShellGet's PSModule.psm1 (about 11,000 lines, the module
/// PSScriptAnalyzer's issue #692 measured) when the corpus has it, else the .psm1 file with the most lines.
/// SCRIPTGEN_BENCH_MODULE names another file.
/// </summary>
public static class LargeModule
{
    /// <summary>The environment variable that names the module file explicitly.</summary>
    public const string ModuleVariable = "SCRIPTGEN_BENCH_MODULE";

    /// <summary>The module's full path.</summary>
    public static string Find(string folder)
    {
        var named = Environment.GetEnvironmentVariable(ModuleVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return Path.GetFullPath(named);
        }

        var modules = Directory.EnumerateFiles(folder, "*.psm1", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return modules.FirstOrDefault(static path => Path.GetFileName(path) == "PSModule.psm1")
            ?? modules.MaxBy(static path => File.ReadLines(path).Count())
            ?? throw new InvalidOperationException("The corpus holds no .psm1 file.");
    }

    /// <summary>A one-line description: path, lines and bytes.</summary>
    public static string Describe(string path) =>
        $"{path}: {File.ReadLines(path).Count()} lines, {new FileInfo(path).Length} bytes";
}
