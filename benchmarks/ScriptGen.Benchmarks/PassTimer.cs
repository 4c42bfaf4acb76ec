using System.Diagnostics;

namespace ScriptGen.Benchmarks;

/// <summary>Times repeated passes of a workload by clock and CPU time, and counts its allocation and collections.</summary>
public static class PassTimer
{
    /// <summary>Runs <paramref name="warmups"/> untimed passes, then <paramref name="passes"/> timed ones.</summary>
    public static PassStatistics Time(Func<int> pass, int warmups, int passes)
    {
        for (var i = 0; i < warmups; i++)
        {
            pass();
        }

        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < passes; i++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            pass();
            clock.Stop();
            process.Refresh();
            wall.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalSeconds);
        }

        // Process.Refresh allocates a little; it is small beside a pass and counted the same way before and after.
        return new PassStatistics(
            Median(wall),
            Median(cpu),
            (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / passes,
            (double)(GC.CollectionCount(0) - gen0) / passes,
            (double)(GC.CollectionCount(1) - gen1) / passes,
            (double)(GC.CollectionCount(2) - gen2) / passes);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
