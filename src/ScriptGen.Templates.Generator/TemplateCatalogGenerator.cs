using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Templates.Generator.Diagnostics;
using ScriptGen.Templates.Generator.Emitting;
using ScriptGen.Templates.Generator.Helpers;
using ScriptGen.Templates.Generator.Model;
using ScriptGen.Templates.Generator.Parsing;

namespace ScriptGen.Templates.Generator;

/// <summary>
/// Turns the template sets given as AdditionalFiles into C#: per set a class holding its declaration and files and
/// a typed parameter record, plus the catalog of every set. Each set goes through the shared checker; its problems
/// are reported as SGT diagnostics on a separate output, so the source depends on the model alone.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TemplateCatalogGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .WithTrackingName(TrackingNames.FilesWithOptions)
            .SelectMany(static (pair, cancellationToken) => TemplateFileReader.Read(pair.Left, pair.Right.GetOptions(pair.Left), cancellationToken))
            .WithTrackingName(TrackingNames.TemplateFiles);

        var checkedSets = files
            .Collect()
            .WithTrackingName(TrackingNames.AllTemplateFiles)
            .SelectMany(static (all, _) => TemplateSetGrouper.Group(all))
            .WithTrackingName(TrackingNames.TemplateSets)
            .Select(static (set, cancellationToken) => TemplateSetParser.Check(set, cancellationToken))
            .WithTrackingName(TrackingNames.CheckedSets);

        var catalog = checkedSets
            .Collect()
            .WithTrackingName(TrackingNames.AllCheckedSets)
            .Select(static (all, _) => CatalogBuilder.Build(all))
            .WithTrackingName(TrackingNames.Catalog);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorSettings.From(options.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);

        var setSpecs = catalog
            .SelectMany(static (spec, _) => spec.Sets)
            .WithTrackingName(TrackingNames.SetSpecs)
            .Combine(settings)
            .WithTrackingName(TrackingNames.SetSpecsWithSettings);

        var index = catalog
            .Select(static (spec, _) => CatalogBuilder.Index(spec))
            .WithTrackingName(TrackingNames.CatalogIndex)
            .Combine(settings)
            .WithTrackingName(TrackingNames.CatalogIndexWithSettings);

        context.RegisterSourceOutput(setSpecs, static (output, pair) =>
        {
            Add(output, TemplateSetEmitter.ClassName(pair.Left.TypeStem), TemplateSetEmitter.Emit(pair.Left, pair.Right));
            Add(output, ParametersEmitter.ClassName(pair.Left.TypeStem), ParametersEmitter.Emit(pair.Left, pair.Right));
        });
        context.RegisterSourceOutput(index, static (output, pair) => Add(output, CatalogEmitter.ClassName, CatalogEmitter.Emit(pair.Left, pair.Right)));

        var setDiagnostics = checkedSets.Select(static (set, _) => set.Diagnostics).WithTrackingName(TrackingNames.SetDiagnostics);
        var catalogDiagnostics = catalog.Select(static (spec, _) => spec.Diagnostics).WithTrackingName(TrackingNames.CatalogDiagnostics);
        context.RegisterSourceOutput(setDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
        context.RegisterSourceOutput(catalogDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
    }

    private static void Add(SourceProductionContext output, string name, string source) =>
        output.AddSource(name + ".g.cs", SourceText.From(source, Encoding.UTF8));

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.For(diagnostic.Id), diagnostic.Location.ToLocation(), diagnostic.Message));
        }
    }
}
