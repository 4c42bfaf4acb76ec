using System.Text.Json;
using ScriptGen.Cli.Tests.Support;
using ScriptGen.Core.Catalog;
using ScriptGen.Testing;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class TemplatesCommandTests : IDisposable
{
    private static readonly string MinimalFolder = RepositoryPaths.Combine("tests/ScriptGen.Core.Tests/Fixtures/TemplateSets/minimal");
    private readonly CliHarness _cli = new(catalog: new TemplateCatalog([]));

    [Fact]
    public void List_shows_each_set_with_its_variants_and_origin()
    {
        var run = _cli.Run("templates", "list", "--templates", MinimalFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^minimal\s+modern\|legacy\s+folder\s+Minimal test set\n$", run.Output);
    }

    [Fact]
    public void Show_json_lists_parameters_steps_and_file_hashes()
    {
        var run = _cli.Run("templates", "show", "minimal", "--format", "json", "--templates", MinimalFolder);

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        Assert.Equal(["tenant", "environment", "cloud", "endpoint", "server", "changeId"], document.RootElement.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["01-Set-Thing.ps1", "02-Get-Thing.ps1"], document.RootElement.GetProperty("steps").EnumerateArray().Select(p => p.GetProperty("script").GetString()));
        Assert.Equal(CliHarness.MinimalSet.Files["template-set.json"].Sha256, document.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == "template-set.json").GetProperty("sha256").GetString());
    }

    [Fact]
    public void Show_of_an_unknown_set_exits_2()
    {
        var run = _cli.Run("templates", "show", "nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no template set 'nope'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_folder_adds_a_generate_command_with_the_sets_own_options()
    {
        var run = _cli.Run("generate", "minimal", "--templates", MinimalFolder, "--tenant", "contoso.com", "--environment", "dev", "--output", _cli.PathOf("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"origin\": \"folder\"", File.ReadAllText(_cli.PathOf("out/contoso.com/dev/minimal/manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_template_folder_is_reported_with_file_and_line_and_nothing_renders()
    {
        CopyFolder(MinimalFolder, _cli.PathOf("sets/minimal"));
        var template = _cli.PathOf("sets/minimal/steps/01-Set-Thing.ps1.hbs");
        File.WriteAllText(template, File.ReadAllText(template).Replace("{{cloud}}", "{{clod}}", StringComparison.Ordinal));

        var run = _cli.Run("generate", "minimal", "--templates", _cli.PathOf("sets"), "--tenant", "contoso.com", "--environment", "dev", "--output", _cli.PathOf("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("steps/01-Set-Thing.ps1.hbs(6,10): error SGT005: \"clod\" is not a declared parameter", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.PathOf("out")));
    }

    [Fact]
    public void A_template_that_renders_a_script_that_does_not_parse_is_refused_by_the_gate()
    {
        CopyFolder(MinimalFolder, _cli.PathOf("sets/minimal"));
        var template = _cli.PathOf("sets/minimal/steps/01-Set-Thing.ps1.hbs");
        File.WriteAllText(template, File.ReadAllText(template) + "if ($TenantDomain) {\n");
        using var cli = new CliHarness(catalog: new ScriptGen.Core.Catalog.TemplateCatalog([]), linter: new ScriptGen.Core.Linting.EngineScriptLinter());

        var run = cli.Run("generate", "minimal", "--templates", _cli.PathOf("sets"), "--tenant", "contoso.com", "--environment", "dev", "--output", _cli.PathOf("out"));

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Error.Contains("01-Set-Thing.ps1(17,20): ParseError MissingEndCurlyBrace:", StringComparison.Ordinal), run.Error);
        Assert.Contains("Refused:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.PathOf("out")));
    }

    [Fact]
    public void A_template_folder_that_is_missing_exits_2()
    {
        var run = _cli.Run("templates", "list", "--templates", _cli.PathOf("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not a folder", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
