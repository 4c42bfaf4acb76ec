using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;

namespace ScriptGen.Cli;

/// <summary>
/// Everything a command may touch outside its arguments: the two text writers, environment variables, the clock,
/// the file system, the template catalog and the linter. Program.cs builds the real one; tests build their own.
/// </summary>
public sealed record CliEnvironment(
    TextWriter Output,
    TextWriter Error,
    Func<string, string?> GetEnvironmentVariable,
    Func<DateTimeOffset> UtcNow,
    IFileSystem FileSystem,
    ITemplateCatalog Catalog,
    IScriptLinter Linter);
