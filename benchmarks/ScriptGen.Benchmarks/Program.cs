using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ScriptGen.Benchmarks;

// Usage: ScriptGen.Benchmarks [<corpus folder>] [BenchmarkDotNet options]; the folder may also come from
// SCRIPTGEN_BENCH_CORPUS, the budget in MB from SCRIPTGEN_BENCH_MB (default 4).
var rest = args;
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    Environment.SetEnvironmentVariable(CorpusFiles.FolderVariable, Path.GetFullPath(args[0]));
    rest = args[1..];
}

var (folder, budget) = CorpusFiles.FromEnvironment();
Console.WriteLine("Corpus: " + CorpusFiles.Describe(folder, CorpusFiles.Choose(folder, budget)));

// One job pinned to the first core: the parser is single-threaded, and pinning keeps runs comparable.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithAffinity(1).WithId("OneCore"))
    .AddColumn(new ThroughputColumn());
BenchmarkRunner.Run<ParserBenchmarks>(config, rest);
