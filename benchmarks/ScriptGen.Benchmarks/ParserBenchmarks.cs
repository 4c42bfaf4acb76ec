using BenchmarkDotNet.Attributes;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Benchmarks;

/// <summary>Parses every chosen script once per operation: tokenizing, parsing and the post-parse checks.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private SourceText[] _sources = [];

    /// <summary>The bytes of the chosen files, read by the throughput column.</summary>
    public static long CorpusBytes { get; private set; }

    /// <summary>Reads and decodes the chosen files once, outside the measurement.</summary>
    [GlobalSetup]
    public void LoadCorpus()
    {
        var (folder, budget) = CorpusFiles.FromEnvironment();
        var files = CorpusFiles.Choose(folder, budget);
        _sources = files.Select(file => SourceText.FromBytes(File.ReadAllBytes(Path.Combine(folder, file)), file)).ToArray();
        CorpusBytes = files.Sum(file => new FileInfo(Path.Combine(folder, file)).Length);
        Console.WriteLine("// Corpus: " + CorpusFiles.Describe(folder, files));
    }

    /// <summary>Tokenize and parse the whole corpus.</summary>
    [Benchmark]
    public int ParseCorpus()
    {
        var tokens = 0;
        foreach (var source in _sources)
        {
            tokens += PowerShellParser.Parse(source).Tokens.Count;
        }

        return tokens;
    }
}
