using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ScriptGen.Benchmarks;

/// <summary>MB/s (10^6 bytes of script files per second) at the median time of an operation.</summary>
public sealed class ThroughputColumn : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ThroughputColumn);

    /// <inheritdoc />
    public string ColumnName => "MB/s (median)";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "Script bytes parsed per second at the median operation time, in MB (10^6 bytes)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        var bytes = benchmarkCase.Descriptor.Type == typeof(LargeModuleBenchmarks) ? ModuleBytesFromEnvironment() : CorpusBytesFromEnvironment();
        if (statistics is null || bytes <= 0)
        {
            return "?";
        }

        var seconds = statistics.Median / 1e9;
        return (bytes / seconds / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    // The summary is written by the host process, which did not run the setup: it chooses the files again.
    private static long CorpusBytesFromEnvironment()
    {
        var (folder, budget) = CorpusFiles.FromEnvironment();
        return CorpusFiles.Choose(folder, budget).Sum(file => new FileInfo(Path.Combine(folder, file)).Length);
    }

    private static long ModuleBytesFromEnvironment() => new FileInfo(LargeModule.Find(CorpusFiles.FromEnvironment().Folder)).Length;
}
