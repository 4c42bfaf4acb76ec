using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>One run of the generator: the driver (to run again), the compilation it ran on, and what it produced.</summary>
public sealed class GeneratorRun
{
    private GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> diagnostics)
    {
        Driver = driver;
        Input = input;
        Output = output;
        Diagnostics = diagnostics;
    }

    /// <summary>The driver after this run; it holds the incremental state.</summary>
    public GeneratorDriver Driver { get; }

    /// <summary>The compilation the generator ran on.</summary>
    public Compilation Input { get; }

    /// <summary>The compilation with the generated sources added.</summary>
    public Compilation Output { get; }

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The generator's own result, with the tracked steps.</summary>
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>Runs a driver for the first time.</summary>
    public static GeneratorRun Start(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }

    /// <summary>Runs the generator again on a copy of the same compilation, reusing the incremental state.</summary>
    public GeneratorRun Rerun() => Start(Driver, Input.Clone());

    /// <summary>Runs the generator again with one additional file's text replaced.</summary>
    public GeneratorRun RerunWith(AdditionalText before, AdditionalText after) => Start(Driver.ReplaceAdditionalText(before, after), Input.Clone());

    /// <summary>Errors and warnings of the compilation that includes the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
}
