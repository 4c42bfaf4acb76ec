namespace ScriptGen.Benchmarks;

/// <summary>Medians of timed passes in seconds, with allocation in bytes and collections per pass.</summary>
public sealed record PassStatistics(double MedianClock, double MedianCpu, long AllocatedPerPass, double Gen0PerPass, double Gen1PerPass, double Gen2PerPass);
