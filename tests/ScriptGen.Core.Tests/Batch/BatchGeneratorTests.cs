using ScriptGen.Core.Batch;
using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Generation;
using ScriptGen.Core.IO;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Batch;

public sealed class BatchGeneratorTests : IDisposable
{
    private static readonly TemplateSet Set = FixtureSets.Load("minimal");
    private static readonly DateTimeOffset Created = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _temp = new();

    [Fact]
    public void Invalid_rows_are_reported_with_their_number_and_field_and_valid_rows_are_written()
    {
        var results = Run(
            Row(1, ("tenant", "contoso.com"), ("environment", "dev")),
            Row(2, ("tenant", "not a domain"), ("environment", "dev")),
            Row(3, ("tenant", "fabrikam.com"), ("environment", "prod")),
            Row(4, ("tenant", "fabrikam.com"), ("environment", "PROD")));

        Assert.Equal([BatchRowStatus.Succeeded, BatchRowStatus.Invalid, BatchRowStatus.Succeeded, BatchRowStatus.Invalid], results.Select(r => r.Status));
        Assert.Equal(("tenant", 2), (results[1].Errors.Single().Name, results[1].Row));
        Assert.Contains("that row 3 already names", results[3].Errors.Single().Rule, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "contoso.com", "dev", "minimal", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(_temp.Path, "fabrikam.com", "prod", "minimal", "manifest.json")));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "not a domain")));
    }

    [Fact]
    public void A_row_gives_the_same_bytes_alone_and_in_a_batch()
    {
        var rows = Enumerable.Range(1, 12).Select(i => Row(i, ("tenant", $"t{i}.contoso.com"), ("environment", "dev"))).ToArray();
        Run(rows);
        var alone = new BundleGenerator(new RecordingLinter(), PhysicalFileSystem.Instance, new ToolInfo("ScriptGen", "9.9.9")).Generate(new GenerateRequest(
            Set,
            ParameterValidator.Validate(Set.Declaration, new Dictionary<string, string?> { ["tenant"] = "t7.contoso.com", ["environment"] = "dev" }, false).Values!,
            Path.Combine(_temp.Path, "alone"),
            false,
            Created));

        var batchFolder = Path.Combine(_temp.Path, "t7.contoso.com", "dev", "minimal");
        var files = Directory.EnumerateFiles(batchFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(batchFolder, f)).Order().ToArray();
        Assert.Equal(files, Directory.EnumerateFiles(alone.BundleFolder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(alone.BundleFolder, f)).Order());
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(batchFolder, file)), File.ReadAllBytes(Path.Combine(alone.BundleFolder, file)));
        }
    }

    [Fact]
    public void Rows_override_shared_defaults_and_command_line_values_override_rows()
    {
        var request = new BatchRequest(
            Set,
            [Row(1, ("tenant", "contoso.com"), ("environment", "dev"), ("changeId", "ROW-1"))],
            new Dictionary<string, string?> { ["changeId"] = "FILE-1", ["server"] = "ex01.contoso.com" },
            new Dictionary<string, string?> { ["environment"] = "test" },
            _temp.Path,
            false,
            false,
            Created);

        var result = Assert.Single(new BatchGenerator(Generator(), 2).Generate(request));

        var script = File.ReadAllText(Path.Combine(result.Outcome!.BundleFolder, "01-Set-Thing.ps1"));
        Assert.EndsWith(Path.Combine("contoso.com", "test", "minimal"), result.Outcome.BundleFolder, StringComparison.Ordinal);
        Assert.Contains("Change: ROW-1", script, StringComparison.Ordinal);
        Assert.Contains("$Server = 'ex01.contoso.com'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_counts_every_row_once_and_ends_at_the_total()
    {
        var seen = new List<BatchProgress>();
        var rows = Enumerable.Range(1, 9).Select(i => Row(i, ("tenant", i % 3 == 0 ? "bad" : $"t{i}.contoso.com"), ("environment", "dev"))).ToArray();

        new BatchGenerator(Generator(), 2).Generate(Request(rows), p => { lock (seen) { seen.Add(p); } });

        Assert.Equal(9, seen.Count);
        Assert.Equal(Enumerable.Range(1, 9), seen.Select(p => p.Completed).Order());
        Assert.Equal(3, seen.Max(p => p.Failed));
    }

    public void Dispose() => _temp.Dispose();

    private BatchRowResult[] Run(params InventoryRow[] rows) => new BatchGenerator(Generator(), 2).Generate(Request(rows)).ToArray();

    private BatchRequest Request(InventoryRow[] rows) =>
        new(Set, rows, new Dictionary<string, string?>(), new Dictionary<string, string?>(), _temp.Path, false, false, Created);

    private static BundleGenerator Generator() => new(new RecordingLinter(), PhysicalFileSystem.Instance, new ToolInfo("ScriptGen", "9.9.9"));

    private static InventoryRow Row(int number, params (string Key, string Value)[] values) =>
        new(number, new RawParameters(values.ToDictionary(v => v.Key, v => (string?)v.Value), []));
}
