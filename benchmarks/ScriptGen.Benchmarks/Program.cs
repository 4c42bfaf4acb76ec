using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ScriptGen.Benchmarks;

// Usage: ScriptGen.Benchmarks [<corpus folder>] [--cpu-time [passes]] [BenchmarkDotNet options]; the folder may also
// come from SCRIPTGEN_BENCH_CORPUS, the budget in MB from SCRIPTGEN_BENCH_MB (default 4). --cpu-time runs a plain
// timing loop instead of BenchmarkDotNet and reports medians by clock and by CPU time.
var rest = args;
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    Environment.SetEnvironmentVariable(CorpusFiles.FolderVariable, Path.GetFullPath(args[0]));
    rest = args[1..];
}

var (folder, budget) = CorpusFiles.FromEnvironment();
if (rest.Length > 0 && rest[0] == "--cpu-time")
{
    CpuTimeRun.Run(folder, budget, rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

Console.WriteLine("Corpus: " + CorpusFiles.Describe(folder, CorpusFiles.Choose(folder, budget)));

// One job pinned to the first core: the parser is single-threaded, and pinning keeps runs comparable.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithAffinity(1).WithId("OneCore"))
    .AddColumn(new ThroughputColumn());
BenchmarkRunner.Run<ParserBenchmarks>(config, rest);
