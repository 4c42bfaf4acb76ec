using ScriptGen.Cli;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.IO;
using ScriptGen.Core.Linting;

StartupPrefetch.Start(args);
var environment = new CliEnvironment(
    Console.Out,
    Console.Error,
    Environment.GetEnvironmentVariable,
    () => DateTimeOffset.UtcNow,
    PhysicalFileSystem.Instance,
    BuiltInTemplateCatalog.Instance,
    new EngineScriptLinter())
{
    ErrorIsInteractive = !Console.IsErrorRedirected,
    DegreeOfParallelism = Environment.ProcessorCount,
};
return ScriptGenCommandLine.Run(args, environment);
