using BenchmarkDotNet.Attributes;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>One large module (see <see cref="LargeModule"/>), warm: parse alone, and parse + all default rules.</summary>
[MemoryDiagnoser]
public class LargeModuleBenchmarks
{
    private SourceText[] _module = [];

    /// <summary>Reads the module once, outside the measurement.</summary>
    [GlobalSetup]
    public void LoadModule()
    {
        var (folder, _) = CorpusFiles.FromEnvironment();
        var path = LargeModule.Find(folder);
        _module = [SourceText.FromBytes(File.ReadAllBytes(path), path)];
        Console.WriteLine("// Module: " + LargeModule.Describe(path));
    }

    /// <summary>Tokenize and parse the module.</summary>
    [Benchmark]
    public int ParseModule() => Workload.Parse(_module);

    /// <summary>Parse the module and run every default rule on it.</summary>
    [Benchmark]
    public int AnalyzeModule() => Workload.Analyze(_module);
}
