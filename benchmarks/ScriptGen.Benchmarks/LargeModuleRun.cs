using System.Globalization;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>Times warm analyses of the large module (parse + default rules) and warm parses of it alone, in ms.</summary>
public static class LargeModuleRun
{
    /// <summary>Warms up, then prints the medians of <paramref name="passes"/> runs of each.</summary>
    public static void Run(string folder, int passes)
    {
        var path = LargeModule.Find(folder);
        var source = SourceText.FromBytes(File.ReadAllBytes(path), path);
        Console.WriteLine("module: " + LargeModule.Describe(path));
        Console.WriteLine(RunInfo.Describe());
        SourceText[] one = [source];
        Report("parse", PassTimer.Time(() => Workload.Parse(one), warmups: 10, passes), source);
        Report("parse + default rules", PassTimer.Time(() => Workload.Analyze(one), warmups: 10, passes), source);
    }

    private static void Report(string what, PassStatistics stats, SourceText source) =>
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what}: median {stats.MedianClock * 1000:F1} ms by clock, {stats.MedianCpu * 1000:F1} ms by CPU time; {stats.AllocatedPerPass / 1e6:F1} MB allocated per run ({(double)stats.AllocatedPerPass / source.Text.Length:F1} bytes per character)"));
}
