using System.Text.Json;
using ScriptGen.Cli.Tests.Support;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class LintCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    [Fact]
    public void Json_lists_every_analysed_file_even_when_clean_and_a_summary()
    {
        Directory.CreateDirectory(_cli.PathOf("scripts/sub"));
        File.WriteAllText(_cli.PathOf("scripts/a.ps1"), "Get-Date\n");
        File.WriteAllText(_cli.PathOf("scripts/sub/b.psm1"), "function Get-B { }\n");
        File.WriteAllText(_cli.PathOf("scripts/notes.txt"), "not PowerShell");

        var run = _cli.Run("lint", _cli.PathOf("scripts"), "--syntax-only", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Output);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal([_cli.PathOf("scripts/a.ps1"), _cli.PathOf("scripts/sub/b.psm1")], files.Select(f => f.GetProperty("path").GetString()));
        Assert.All(files, f => Assert.Equal(JsonValueKind.Array, f.GetProperty("diagnostics").ValueKind));
        Assert.Equal(2, document.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }

    [Fact]
    public void A_path_that_does_not_exist_exits_2()
    {
        var run = _cli.Run("lint", _cli.PathOf("missing.ps1"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is neither a file nor a folder", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
