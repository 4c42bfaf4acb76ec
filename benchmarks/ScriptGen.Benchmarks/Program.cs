using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using ScriptGen.Benchmarks;

// Usage: ScriptGen.Benchmarks [<corpus folder>] [--cpu-time [passes] [--analyze] | --module [passes] | BenchmarkDotNet options]
// The folder may also come from SCRIPTGEN_BENCH_CORPUS, the budget in MB from SCRIPTGEN_BENCH_MB (default 4).
// --cpu-time runs a plain loop instead of BenchmarkDotNet (parse, or with --analyze parse + default rules) and reports
// medians by clock and by CPU time with allocation per pass; --module times the large module (see LargeModule).
var rest = args;
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    Environment.SetEnvironmentVariable(CorpusFiles.FolderVariable, Path.GetFullPath(args[0]));
    rest = args[1..];
}

var (folder, budget) = CorpusFiles.FromEnvironment();
int PassesOr(int fallback) => rest.Length > 1 && int.TryParse(rest[1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
if (rest.Length > 0 && rest[0] == "--cpu-time")
{
    CpuTimeRun.Run(folder, budget, PassesOr(15), analyze: rest.Contains("--analyze"));
    return;
}

if (rest.Length > 0 && rest[0] == "--module")
{
    LargeModuleRun.Run(folder, PassesOr(50));
    return;
}

Console.WriteLine("Corpus: " + CorpusFiles.Describe(folder, CorpusFiles.Choose(folder, budget)));

// One job pinned to the first core: the engine is single-threaded, and pinning keeps runs comparable.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithAffinity(1).WithId("OneCore"))
    .AddColumn(new ThroughputColumn());
BenchmarkSwitcher.FromTypes([typeof(ParserBenchmarks), typeof(AnalyzerBenchmarks), typeof(LargeModuleBenchmarks)]).Run(rest, config);
