namespace ScriptGen.Cli.Tests.Support;

/// <summary>What one run of the CLI returned and printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error);
