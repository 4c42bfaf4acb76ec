using BenchmarkDotNet.Attributes;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>Parses every chosen script once per operation: tokenizing, parsing and the post-parse checks.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private SourceText[] _sources = [];

    /// <summary>Reads and decodes the chosen files once, outside the measurement.</summary>
    [GlobalSetup]
    public void LoadCorpus() => _sources = LoadSources();

    /// <summary>Tokenize and parse the whole corpus.</summary>
    [Benchmark]
    public int ParseCorpus() => Workload.Parse(_sources);

    /// <summary>The chosen files, read and decoded.</summary>
    internal static SourceText[] LoadSources()
    {
        var (folder, budget) = CorpusFiles.FromEnvironment();
        var files = CorpusFiles.Choose(folder, budget);
        Console.WriteLine("// Corpus: " + CorpusFiles.Describe(folder, files));
        return files.Select(file => SourceText.FromBytes(File.ReadAllBytes(Path.Combine(folder, file)), file)).ToArray();
    }
}
