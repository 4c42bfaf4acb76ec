using System.Runtime;

namespace ScriptGen.Benchmarks;

/// <summary>The runtime settings a plain run uses, printed with its figures so they can be compared.</summary>
public static class RunInfo
{
    /// <summary>One line: processors seen, GC mode, and the load average when the system reports one.</summary>
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
        return $"runtime: {Environment.Version}, {Environment.ProcessorCount} processor(s) seen, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, latency {GCSettings.LatencyMode}, load average {load}";
    }
}
