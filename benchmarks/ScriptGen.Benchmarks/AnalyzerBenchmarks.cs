using BenchmarkDotNet.Attributes;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>Parses every chosen script and runs all default rules on it (ScriptAnalyzer with AnalyzerSettings.Default).</summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private SourceText[] _sources = [];

    /// <summary>Reads and decodes the chosen files once, outside the measurement.</summary>
    [GlobalSetup]
    public void LoadCorpus() => _sources = ParserBenchmarks.LoadSources();

    /// <summary>Parse + default rules over the whole corpus slice.</summary>
    [Benchmark]
    public int AnalyzeCorpus() => Workload.Analyze(_sources);
}
