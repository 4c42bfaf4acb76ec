using System.Diagnostics;
using System.Globalization;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>
/// A plain loop that times passes over the corpus by this process's CPU time as well as by the clock: on a machine
/// shared with other work, CPU time is the steadier figure. benchmarks/tree-sitter/bench.mjs reports the same two.
/// </summary>
public static class CpuTimeRun
{
    /// <summary>Warms up, times the passes and prints the medians in MB/s.</summary>
    public static void Run(string folder, long budget, int passes)
    {
        var files = CorpusFiles.Choose(folder, budget);
        var sources = files.Select(file => SourceText.FromBytes(File.ReadAllBytes(Path.Combine(folder, file)), file)).ToArray();
        var bytes = files.Sum(file => new FileInfo(Path.Combine(folder, file)).Length);
        Console.WriteLine("corpus: " + CorpusFiles.Describe(folder, files));
        for (var i = 0; i < 3; i++)
        {
            ParseAll(sources);
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < passes; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            ParseAll(sources);
            clock.Stop();
            process.Refresh();
            wall.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        Console.WriteLine($"ScriptGen.PowerShell: {passes} passes, median by clock {Rate(bytes, Median(wall))} MB/s, median by CPU time {Rate(bytes, Median(cpu))} MB/s");
    }

    private static int ParseAll(SourceText[] sources)
    {
        var tokens = 0;
        foreach (var source in sources)
        {
            tokens += PowerShellParser.Parse(source).Tokens.Count;
        }

        return tokens;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static string Rate(long bytes, double seconds) => (bytes / seconds / 1e6).ToString("F1", CultureInfo.InvariantCulture);
}
