using System.Text.Json;
using ScriptGen.Cli.Tests.Support;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class BatchGenerateTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void All_rows_valid_exits_0_and_prints_one_manifest_hash_per_bundle()
    {
        File.WriteAllText(_cli.PathOf("i.csv"), "tenant,environment\ncontoso.com,dev\ncontoso.com,prod\nfabrikam.com,dev\n");

        var run = _cli.Run("generate", "minimal", "--inventory", _cli.PathOf("i.csv"), "--output", _cli.PathOf("out"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("3 rows: 3 bundles in place (3 created, 0 replaced, 0 unchanged), 0 invalid, 0 failed.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_rows_exit_5_name_each_bad_row_and_field_and_write_the_valid_ones()
    {
        File.WriteAllText(_cli.PathOf("i.json"), """
            [ { "tenant": "contoso.com", "environment": "dev" },
              { "tenant": "contoso", "environment": "dev" },
              { "tenant": "fabrikam.com", "environment": "dev", "cloud": "China" } ]
            """);

        var run = _cli.Run("generate", "minimal", "--inventory", _cli.PathOf("i.json"), "--output", _cli.PathOf("out"));

        Assert.Equal(5, run.ExitCode);
        Assert.Contains("row 2: --tenant (tenant): 'contoso' must be a DNS name", run.Error, StringComparison.Ordinal);
        Assert.Contains("row 3: --endpoint (endpoint): is required when cloud is China", run.Error, StringComparison.Ordinal);
        Assert.Equal(["out/contoso.com/dev/minimal/manifest.json"], _cli.Files("out").Where(f => f.EndsWith("manifest.json", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_format_reports_every_row()
    {
        File.WriteAllText(_cli.PathOf("i.csv"), "tenant,environment\ncontoso.com,dev\nbad,dev\n");

        var run = _cli.Run("generate", "minimal", "--inventory", _cli.PathOf("i.csv"), "--format", "json", "--output", _cli.PathOf("out"));

        Assert.Equal(5, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal((2, 1, 1), (summary.RootElement.GetProperty("rows").GetInt32(), summary.RootElement.GetProperty("succeeded").GetInt32(), summary.RootElement.GetProperty("invalid").GetInt32()));
        var rows = summary.RootElement.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(["created", "invalid"], rows.Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("tenant", rows[1].GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("i.csv", "tenant,tenantId\ncontoso.com,x\n", "has columns that are not parameters: tenantId")]
    [InlineData("i.json", "{", "is not valid JSON")]
    [InlineData("i.xml", "<rows/>", "must be a .json or .csv file")]
    public void An_unreadable_inventory_exits_2_and_writes_nothing(string name, string content, string message)
    {
        File.WriteAllText(_cli.PathOf(name), content);

        var run = _cli.Run("generate", "minimal", "--inventory", _cli.PathOf(name), "--output", _cli.PathOf("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Files("out"));
    }

    public void Dispose() => _cli.Dispose();
}
