using System.Text;
using System.Text.Json;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.IO;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Tests.Support;
using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.Core.Tests.Generation;

public sealed class BundleGeneratorTests : IDisposable
{
    private static readonly TemplateSet Set = FixtureSets.Load("minimal");
    private static readonly DateTimeOffset Created = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();

    [Fact]
    public void Every_script_is_linted_and_the_bundle_holds_scripts_change_record_and_manifest()
    {
        var linter = new RecordingLinter();

        var outcome = Generate(linter);

        Assert.Equal(GenerateStatus.Created, outcome.Status);
        Assert.Equal(["01-Set-Thing.ps1", "02-Get-Thing.ps1", "rollback/01-Restore-Thing.ps1", "Verify-Bundle.ps1"], linter.Seen);
        Assert.Equal(
            new[] { "CHANGE.md", "01-Set-Thing.ps1", "02-Get-Thing.ps1", "lint.sarif", "manifest.json", "provenance.intoto.json", "rollback/01-Restore-Thing.ps1", "Verify-Bundle.ps1" }.Order(StringComparer.Ordinal),
            BundleFiles().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_lists_every_other_file_with_its_exact_size_and_hash_and_is_written_last()
    {
        var fileSystem = new RecordingFileSystem();
        var outcome = new BundleGenerator(new RecordingLinter(), fileSystem, new ToolInfo("ScriptGen", "9.9.9")).Generate(Request());

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(BundleFiles().Where(f => f != "manifest.json").Order(StringComparer.Ordinal), listed.Select(f => f.GetProperty("path").GetString()));
        foreach (var entry in listed)
        {
            var bytes = File.ReadAllBytes(Path.Combine(outcome.BundleFolder, entry.GetProperty("path").GetString()!));
            Assert.Equal(bytes.Length, entry.GetProperty("bytes").GetInt64());
            Assert.Equal(Sha256Hex.Of(bytes), entry.GetProperty("sha256").GetString());
        }

        Assert.Equal("manifest.json", fileSystem.Written[^1]);
        Assert.Equal(Sha256Hex.Of(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "manifest.json"))), outcome.ManifestSha256);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_bundles()
    {
        var first = Generate(new RecordingLinter(), "one");
        var second = Generate(new RecordingLinter(), "two");

        foreach (var file in BundleFiles("one"))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.BundleFolder, file)), File.ReadAllBytes(Path.Combine(second.BundleFolder, file)));
        }

        Assert.Equal(first.ManifestSha256, second.ManifestSha256);
    }

    [Theory]
    [InlineData(DiagnosticSeverity.ParseError)]
    [InlineData(DiagnosticSeverity.Error)]
    public void A_parse_error_or_error_finding_refuses_the_bundle_and_writes_nothing(DiagnosticSeverity severity)
    {
        var linter = new RecordingLinter((path, _) => path == "02-Get-Thing.ps1" ? [RecordingLinter.Finding("Broken", severity)] : []);

        var outcome = Generate(linter);

        Assert.Equal(GenerateStatus.RefusedByLint, outcome.Status);
        Assert.Null(outcome.ManifestSha256);
        Assert.Empty(_temp.Files());
    }

    [Fact]
    public void Warnings_do_not_stop_the_bundle_and_are_recorded_in_the_manifest_and_change_record()
    {
        var linter = new RecordingLinter((path, _) => path == "01-Set-Thing.ps1" ? [RecordingLinter.Finding("PSAvoidSomething", DiagnosticSeverity.Warning)] : []);

        var outcome = Generate(linter);

        var manifest = File.ReadAllText(Path.Combine(outcome.BundleFolder, "manifest.json"));
        Assert.Contains("\"ruleName\": \"PSAvoidSomething\"", manifest, StringComparison.Ordinal);
        Assert.Contains("\"warnings\": 1", manifest, StringComparison.Ordinal);
        Assert.Contains("warnings: 1", File.ReadAllText(Path.Combine(outcome.BundleFolder, "CHANGE.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_change_record_leads_with_the_advisories_that_apply_and_names_every_script_hash()
    {
        var outcome = Generate(new RecordingLinter(), variant: "legacy");

        var change = File.ReadAllText(Path.Combine(outcome.BundleFolder, "CHANGE.md"));
        Assert.Equal(["always", "legacy-retired"], outcome.Advisories.Select(a => a.Id));
        Assert.True(change.IndexOf("Always applies", StringComparison.Ordinal) < change.IndexOf("## Summary", StringComparison.Ordinal));
        foreach (var script in new[] { "01-Set-Thing.ps1", "02-Get-Thing.ps1", "rollback/01-Restore-Thing.ps1", "Verify-Bundle.ps1" })
        {
            Assert.Contains($"| `{script}` | `{Sha256Hex.Of(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, script)))}` |", change, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_manifest_records_the_template_hashes_parameters_and_creation_time()
    {
        var outcome = Generate(new RecordingLinter());

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outcome.BundleFolder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("2026-11-22T08:00:00Z", root.GetProperty("createdUtc").GetString());
        Assert.Equal("contoso.com", root.GetProperty("parameters").GetProperty("tenant").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("parameters").GetProperty("server").ValueKind);
        var templates = root.GetProperty("templateSet").GetProperty("templates").EnumerateArray().ToDictionary(t => t.GetProperty("id").GetString()!, t => t.GetProperty("sha256").GetString());
        Assert.Equal(Set.Files["steps/02-Get-Thing.modern.ps1.hbs"].Sha256, templates["steps/02-Get-Thing.modern.ps1.hbs"]);
        Assert.False(templates.ContainsKey("steps/02-Get-Thing.legacy.ps1.hbs"));
        Assert.True(templates.ContainsKey("template-set.json"));
    }

    public void Dispose() => _temp.Dispose();

    private GenerateOutcome Generate(RecordingLinter linter, string root = "out", string variant = "modern") =>
        new BundleGenerator(linter, PhysicalFileSystem.Instance, new ToolInfo("ScriptGen", "9.9.9")).Generate(Request(root, variant));

    private GenerateRequest Request(string root = "out", string variant = "modern")
    {
        var raw = new Dictionary<string, string?> { ["tenant"] = "contoso.com", ["environment"] = "dev", ["variant"] = variant };
        var values = ParameterValidator.Validate(Set.Declaration, raw, allowRetired: true).Values!;
        return new GenerateRequest(Set, values, Path.Combine(_temp.Path, root), Force: false, Created);
    }

    private string[] BundleFiles(string root = "out")
    {
        var folder = Path.Combine(_temp.Path, root, "contoso.com", "dev", "minimal");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToArray();
    }
}
