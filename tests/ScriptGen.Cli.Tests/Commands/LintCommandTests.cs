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
    public void A_syntax_error_is_reported_with_powershells_error_id_and_position_and_exits_1()
    {
        File.WriteAllText(_cli.PathOf("broken.ps1"), "function Get-A {\n    'x'\n");

        var text = _cli.Run("lint", _cli.PathOf("broken.ps1"), "--syntax-only");
        var json = _cli.Run("lint", _cli.PathOf("broken.ps1"), "--syntax-only", "--format", "json");

        Assert.Equal((1, 1), (text.ExitCode, json.ExitCode));
        Assert.Contains("broken.ps1(1,16): ParseError MissingEndCurlyBrace:", text.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json.Output);
        var diagnostic = document.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.Equal(("MissingEndCurlyBrace", "ParseError", 1, 16), (diagnostic.GetProperty("ruleName").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("parseErrors").GetInt32());
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
