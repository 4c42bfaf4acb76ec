extern alias generator;

using System.Text;
using GeneratedFile = generator::ScriptGen.Templates.Generator.Emitting.GeneratedFile;
using ScriptGen.Templates.Generator.Tests.Support;
using ScriptGen.Testing;

namespace ScriptGen.Templates.Generator.Tests;

public sealed class GeneratorSnapshotTests
{
    [Fact]
    public void Emits_the_catalog_and_parameter_record_of_a_small_set()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture());

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["GeneratedTemplateSets.g.cs", "SmallSetParameters.g.cs", "SmallSetTemplateSet.g.cs"], run.Sources.Keys.Order(StringComparer.Ordinal));
        Snapshot.Verify(Scrub(Join(run.Sources)), "SmallSet");
    }

    [Fact]
    public void The_generated_code_compiles_against_ScriptGen_Core_without_warnings()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture());

        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void With_no_template_sets_the_catalog_class_is_still_emitted_and_empty()
    {
        var run = GeneratorHarness.Run(TemplateFiles.Fixture().Without("small/template-set.json").Without("small/partials/header.ps1.hbs")
            .Without("small/steps/01-Set-Thing.modern.ps1.hbs").Without("small/steps/01-Set-Thing.legacy.ps1.hbs").Without("small/rollback/01-Restore-Thing.ps1.hbs"));

        Assert.Equal(["GeneratedTemplateSets.g.cs"], run.Sources.Keys);
        Assert.Contains("All { get; } = global::System.Array.Empty<global::ScriptGen.Core.Catalog.TemplateSet>();", run.Sources["GeneratedTemplateSets.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void Several_sets_are_listed_by_id_and_files_outside_a_set_are_ignored()
    {
        var files = TemplateFiles.Fixture().And(TemplateFiles.Fixture(folder: "second").Replace("second/template-set.json", "\"id\": \"small-set\"", "\"id\": \"another-set\""));

        var run = GeneratorHarness.Run(files, ("/elsewhere/readme.md", Encoding.UTF8.GetBytes("not a template")));

        Assert.Empty(run.Diagnostics);
        Assert.Contains("AnotherSetTemplateSet.Set,\n        SmallSetTemplateSet.Set,", run.Sources["GeneratedTemplateSets.g.cs"], StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems());
    }

    private static string Join(IReadOnlyDictionary<string, string> sources)
    {
        var builder = new StringBuilder();
        foreach (var (name, text) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            builder.Append("//----- ").Append(name).Append('\n').Append(text).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The generator's version changes with every release; the snapshot is about the shape of the code.</summary>
    private static string Scrub(string text) =>
        text.Replace($"\"{GeneratedFile.ToolVersion}\"", "\"FIXED_VERSION\"", StringComparison.Ordinal);
}
