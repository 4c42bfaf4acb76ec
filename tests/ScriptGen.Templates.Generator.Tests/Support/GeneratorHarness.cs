extern alias generator;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TemplateCatalogGenerator = generator::ScriptGen.Templates.Generator.TemplateCatalogGenerator;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>Runs the generator with CSharpGeneratorDriver over template files, as a project that references ScriptGen.Core would.</summary>
public static class GeneratorHarness
{
    /// <summary>The namespace the tests ask for, so the generated types never collide with Core's own built-in catalog.</summary>
    public const string Namespace = "ScriptGen.Tests.Generated";

    /// <summary>The metadata name of the per-file option that marks a template file.</summary>
    public const string PathMetadata = "build_metadata.AdditionalFiles.ScriptGenTemplateFile";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(LoadReferences);

    /// <summary>Runs the generator once over <paramref name="files"/>.</summary>
    public static GeneratorRun Run(TemplateFiles files, params (string Path, byte[] Bytes)[] otherAdditionalFiles)
    {
        var texts = new List<AdditionalText>();
        var perFile = new Dictionary<string, AnalyzerConfigOptions>(StringComparer.Ordinal);
        foreach (var (relative, bytes) in files.Files)
        {
            var text = new TestAdditionalText(files.FullPath(relative), bytes);
            texts.Add(text);
            perFile[text.Path] = new TestOptions(new Dictionary<string, string> { [PathMetadata] = relative });
        }

        foreach (var (path, bytes) in otherAdditionalFiles)
        {
            texts.Add(new TestAdditionalText(path, bytes));
        }

        var global = new TestOptions(new Dictionary<string, string> { ["build_property.ScriptGenTemplatesNamespace"] = Namespace });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TemplateCatalogGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new TestOptionsProvider(global, perFile),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = CSharpCompilation.Create(
            "ScriptGen.Tests.Probe",
            [],
            LazyReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return GeneratorRun.Start(driver, compilation);
    }

    /// <summary>The runtime's assemblies and ScriptGen.Core, but not the generator, whose copy of the shared model would make names ambiguous.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var generatorPath = typeof(TemplateCatalogGenerator).Assembly.Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. paths.Where(p => p.Length > 0 && !string.Equals(p, generatorPath, StringComparison.Ordinal)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
