using System.Text;

namespace ScriptGen.Benchmarks;

/// <summary>
/// Chooses the benchmark's scripts from a folder: every .ps1, .psm1 and .psd1 file, in ordinal order of the path
/// relative to the folder, taken until the total reaches the budget. benchmarks/tree-sitter/bench.mjs applies the
/// same rule, so both parsers read the same files.
/// </summary>
public static class CorpusFiles
{
    /// <summary>The environment variable holding the corpus folder.</summary>
    public const string FolderVariable = "SCRIPTGEN_BENCH_CORPUS";

    /// <summary>The environment variable holding the budget in MB (10^6 bytes); 4 when unset.</summary>
    public const string BudgetVariable = "SCRIPTGEN_BENCH_MB";

    private static readonly string[] Extensions = [".ps1", ".psm1", ".psd1"];

    /// <summary>The chosen files' paths relative to the folder, with '/' separators.</summary>
    public static IReadOnlyList<string> Choose(string folder, long budgetBytes)
    {
        var candidates = Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(static path => Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        var chosen = new List<string>();
        long total = 0;
        foreach (var relative in candidates)
        {
            if (total >= budgetBytes)
            {
                break;
            }

            chosen.Add(relative);
            total += new FileInfo(Path.Combine(folder, relative)).Length;
        }

        return chosen;
    }

    /// <summary>The folder and budget from the environment.</summary>
    public static (string Folder, long BudgetBytes) FromEnvironment()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder) || !Directory.Exists(folder))
        {
            throw new InvalidOperationException($"Set {FolderVariable} to a folder of PowerShell scripts (or pass it as the first argument).");
        }

        var megabytes = double.TryParse(Environment.GetEnvironmentVariable(BudgetVariable), System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 4;
        return (folder, (long)(megabytes * 1_000_000));
    }

    /// <summary>A one-line description of the chosen files for the report.</summary>
    public static string Describe(string folder, IReadOnlyList<string> files)
    {
        var bytes = files.Sum(file => new FileInfo(Path.Combine(folder, file)).Length);
        return new StringBuilder()
            .Append(files.Count).Append(" files, ").Append(bytes).Append(" bytes (")
            .Append((bytes / 1_000_000.0).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)).Append(" MB) from ").Append(folder)
            .ToString();
    }
}
