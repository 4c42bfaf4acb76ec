using System.Text.Json;
using ScriptGen.Cli.Tests.Support;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class DiffCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void The_same_bundle_as_folder_and_zip_exits_0()
    {
        var bundle = Generate("a", "CHG-1");

        var run = _cli.Run($"diff {bundle} {bundle}.zip");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("The bundles are the same.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_bundles_exit_1_with_the_parameter_and_a_unified_diff_of_each_changed_script()
    {
        var old = Generate("a", "CHG-1");
        var @new = Generate("b", "CHG-2");

        var run = _cli.Run($"diff {old} {@new}.zip");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("parameter changeId: CHG-1 -> CHG-2\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("changed: 01-Set-Thing.ps1\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("--- old/01-Set-Thing.ps1\n+++ new/01-Set-Thing.ps1\n@@ ", run.Output, StringComparison.Ordinal);
        Assert.Contains("-    Change: CHG-1\n+    Change: CHG-2\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_files_parameters_and_build_values()
    {
        var run = _cli.Run($"diff {Generate("a", "CHG-1")} {Generate("b", "CHG-2")} --format json");

        Assert.Equal(1, run.ExitCode);
        using var report = JsonDocument.Parse(run.Output);
        Assert.True(report.RootElement.GetProperty("differ").GetBoolean());
        Assert.Equal("CHG-2", report.RootElement.GetProperty("parameters")[0].GetProperty("new").GetString());
        Assert.Contains(report.RootElement.GetProperty("files").EnumerateArray(), f => f.GetProperty("path").GetString() == "CHANGE.md" && f.GetProperty("unifiedDiff").GetString()!.Contains("CHG-2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_bundle_exits_2()
    {
        var run = _cli.Run($"diff {_cli.PathOf("nowhere")} {_cli.PathOf("elsewhere")}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("old: '", run.Error, StringComparison.Ordinal);
        Assert.Contains("new: '", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private string Generate(string root, string changeId)
    {
        var output = _cli.PathOf(root);
        Assert.Equal(0, _cli.Run($"generate minimal --tenant contoso.com --environment dev --change-id {changeId} --output {output} --zip").ExitCode);
        return Path.Combine(output, "contoso.com", "dev", "minimal");
    }
}
