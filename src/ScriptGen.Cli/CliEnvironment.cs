using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;

namespace ScriptGen.Cli;

/// <summary>
/// Everything a command may touch outside its arguments: the two text writers (and whether stderr is a terminal),
/// environment variables, the clock, the file system, the template catalog, the linter and the number of cores.
/// Program.cs builds the real one; tests build their own.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable,
    Func<DateTimeOffset> UtcNow,
    IFileSystem FileSystem,
    ITemplateCatalog Catalog,
    IScriptLinter Linter)
{
    /// <summary>True when stderr is a terminal a person watches: progress is drawn there, not logged.</summary>
    public bool ErrorIsInteractive { get; init; }

    /// <summary>How many bundles a batch generates at once.</summary>
    public int DegreeOfParallelism { get; init; } = 1;
}
