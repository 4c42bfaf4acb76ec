using ScriptGen.Core.Catalog;
using ScriptGen.Templates.Generator.Tests.Support;
using ScriptGen.Testing;

namespace ScriptGen.Templates.Generator.Tests;

/// <summary>The set the build embeds is the set the run-time loader reads from the same folder: same declaration, same files, same hashes.</summary>
public sealed class CatalogParityTests
{
    [Fact]
    public void The_generated_set_equals_what_TemplateSetLoader_reads_from_the_same_folder()
    {
        var generated = Assert.Single(GeneratedAssembly.Load(GeneratorHarness.Run(TemplateFiles.Fixture())).Sets);

        var loaded = Load(Path.Combine(TemplateFiles.FixtureRoot, "small"));

        AssertSameSet(loaded, generated);
    }

    [Fact]
    public void A_changed_template_changes_the_embedded_hash()
    {
        var files = TemplateFiles.Fixture().Replace("small/steps/01-Set-Thing.legacy.ps1.hbs", "Write-Output", "Write-Verbose");

        var generated = Assert.Single(GeneratedAssembly.Load(GeneratorHarness.Run(files)).Sets);

        var loaded = Load(Path.Combine(TemplateFiles.FixtureRoot, "small"));
        Assert.NotEqual(loaded.Files["steps/01-Set-Thing.legacy.ps1.hbs"].Sha256, generated.Files["steps/01-Set-Thing.legacy.ps1.hbs"].Sha256);
        Assert.Equal(loaded.Files["template-set.json"], generated.Files["template-set.json"]);
    }

    [Fact]
    public void The_built_in_catalog_holds_exactly_the_sets_in_templates_as_the_loader_reads_them()
    {
        var root = RepositoryPaths.Combine("templates");
        var folders = Directory.Exists(root)
            ? Directory.GetDirectories(root).Where(d => File.Exists(Path.Combine(d, "template-set.json"))).ToArray()
            : [];

        var loaded = folders.Select(Load).OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();

        var builtIn = BuiltInTemplateCatalog.Instance.Sets;
        Assert.Equal(loaded.Select(s => s.Id), builtIn.Select(s => s.Id));
        for (var i = 0; i < loaded.Length; i++)
        {
            AssertSameSet(loaded[i], builtIn[i]);
        }
    }

    private static TemplateSet Load(string folder)
    {
        var result = TemplateSetLoader.Load(FolderTemplateSource.ReadFiles(folder), TemplateSetOrigin.Folder);
        return result.Set ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Problems));
    }

    private static void AssertSameSet(TemplateSet loaded, TemplateSet generated)
    {
        Assert.Equal(TemplateSetOrigin.BuiltIn, generated.Origin);
        Assert.Equal(loaded.Declaration, generated.Declaration);
        Assert.Equal(loaded.Files.Keys.Order(StringComparer.Ordinal), generated.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, file) in loaded.Files)
        {
            Assert.Equal(file, generated.Files[path]);
        }
    }
}
