using System.Diagnostics;
using System.Globalization;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>
/// A plain loop that times passes over the corpus by this process's CPU time as well as by the clock (on a machine
/// shared with other work, CPU time is the steadier figure), and counts what each pass allocates and how many
/// collections it causes. benchmarks/tree-sitter/bench.mjs reports the same two times.
/// </summary>
public static class CpuTimeRun
{
    /// <summary>Warms up, times the passes and prints the medians in MB/s.</summary>
    public static void Run(string folder, long budget, int passes, bool analyze)
    {
        var files = CorpusFiles.Choose(folder, budget);
        var sources = files.Select(file => SourceText.FromBytes(File.ReadAllBytes(Path.Combine(folder, file)), file)).ToArray();
        var bytes = files.Sum(file => new FileInfo(Path.Combine(folder, file)).Length);
        Console.WriteLine("corpus: " + CorpusFiles.Describe(folder, files));
        Console.WriteLine(RunInfo.Describe());
        Func<SourceText[], int> pass = analyze ? Workload.Analyze : Workload.Parse;
        var stats = PassTimer.Time(() => pass(sources), warmups: 3, passes);
        var name = analyze ? "ScriptGen.PowerShell parse + default rules" : "ScriptGen.PowerShell";
        Console.WriteLine($"{name}: {passes} passes, median by clock {Rate(bytes, stats.MedianClock)} MB/s, median by CPU time {Rate(bytes, stats.MedianCpu)} MB/s");
        Console.WriteLine($"allocated per pass {stats.AllocatedPerPass / 1e6:F1} MB ({(double)stats.AllocatedPerPass / bytes:F2} bytes per byte of script), collections per pass gen0 {stats.Gen0PerPass:F2} gen1 {stats.Gen1PerPass:F2} gen2 {stats.Gen2PerPass:F2}");
    }

    private static string Rate(long bytes, double seconds) => (bytes / seconds / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
