using System.CommandLine.Parsing;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;
using ScriptGen.Testing;

namespace ScriptGen.Cli.Tests.Support;

/// <summary>
/// Runs the real command line in-process against a temp working folder, with chosen environment variables, a fixed
/// clock and a chosen catalog and linter.
/// </summary>
public sealed class CliHarness : IDisposable
{
    public CliHarness(ITemplateCatalog? catalog = null, IScriptLinter? linter = null)
    {
        Directory.CreateDirectory(Root);
        Catalog = catalog ?? new TemplateCatalog([MinimalSet]);
        Linter = linter ?? new EngineScriptLinter();
    }

    /// <summary>The test set from tests/ScriptGen.Core.Tests/Fixtures/TemplateSets/minimal.</summary>
    public static TemplateSet MinimalSet { get; } = TemplateSetLoader.Load(
        FolderTemplateSource.ReadFiles(RepositoryPaths.Combine("tests/ScriptGen.Core.Tests/Fixtures/TemplateSets/minimal")),
        TemplateSetOrigin.Folder).Set!;

    /// <summary>A fresh folder that relative paths in arguments are resolved against by the tests.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scriptgen-cli-tests", Guid.NewGuid().ToString("N"));

    public ITemplateCatalog Catalog { get; }

    public IScriptLinter Linter { get; }

    /// <summary>Environment variables the CLI sees.</summary>
    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>The clock the CLI sees.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the CLI with a command line split like a shell would (no quoting: use the array overload for spaces).</summary>
    public CliRun Run(string commandLine) => Run(CommandLineParser.SplitCommandLine(commandLine).ToArray());

    /// <summary>Runs the CLI with these arguments.</summary>
    public CliRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new CliEnvironment(
            output,
            error,
            name => Environment.GetValueOrDefault(name),
            () => Now,
            PhysicalFileSystem.Instance,
            Catalog,
            Linter);
        var exitCode = ScriptGenCommandLine.Run(args, environment);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A path under <see cref="Root"/>.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Every file under <see cref="Root"/>, relative, with forward slashes, sorted.</summary>
    public string[] Files(string folder = "") => Directory.Exists(PathOf(folder))
        ? Directory.EnumerateFiles(PathOf(folder), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray()
        : [];

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
