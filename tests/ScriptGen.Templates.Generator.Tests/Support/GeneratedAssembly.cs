using System.Reflection;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>The generated code compiled and loaded, so tests can call it as ScriptGen.Core would.</summary>
public sealed class GeneratedAssembly
{
    private readonly Assembly _assembly;

    private GeneratedAssembly(Assembly assembly) => _assembly = assembly;

    /// <summary>Compiles the run's output; fails with the compiler's errors when it does not compile.</summary>
    public static GeneratedAssembly Load(GeneratorRun run)
    {
        using var stream = new MemoryStream();
        var result = run.Output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return new GeneratedAssembly(Assembly.Load(stream.ToArray()));
    }

    /// <summary>The generated catalog's sets.</summary>
    public IReadOnlyList<TemplateSet> Sets => (IReadOnlyList<TemplateSet>)Type("GeneratedTemplateSets").GetProperty("All")!.GetValue(null)!;

    /// <summary>A generated type by its simple name.</summary>
    public Type Type(string name) => _assembly.GetType($"{GeneratorHarness.Namespace}.{name}", throwOnError: true)!;
}
