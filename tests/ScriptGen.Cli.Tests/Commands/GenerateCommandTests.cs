using System.Text.Json;
using ScriptGen.Cli.Tests.Support;
using ScriptGen.Core.Catalog;

namespace ScriptGen.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    private string Out => _cli.PathOf("out");

    private string Bundle => Path.Combine(Out, "contoso.com", "dev", "minimal");

    [Fact]
    public void Valid_options_write_a_bundle_and_print_the_manifest_hash_on_stdout()
    {
        var run = _cli.Run("generate", "minimal", "--tenant", "contoso.com", "--environment", "dev", "--output", Out);

        Assert.Equal(0, run.ExitCode);
        var manifest = Path.Combine(Bundle, "manifest.json");
        Assert.Equal($"{Sha256Hex.Of(File.ReadAllBytes(manifest))}  {manifest}\n", run.Output);
        Assert.Contains("Created ", run.Error, StringComparison.Ordinal);
        Assert.Contains("advisory: Always applies", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tenant contoso --environment dev", "--tenant (tenant): 'contoso' must be a DNS name of at least two labels")]
    [InlineData("--tenant contoso.com --environment ../x", "--environment (environment): '../x' must start with a letter or digit")]
    [InlineData("--tenant contoso.com --environment con", "--environment (environment): 'con' must not be a name Windows reserves")]
    [InlineData("--tenant contoso.com --environment dev --cloud 1", "--cloud (cloud): '1' must be one of Global, China")]
    [InlineData("--tenant contoso.com --environment dev --cloud Global,China", "--cloud (cloud): 'Global,China' must be one of Global, China")]
    [InlineData("--tenant contoso.com --environment dev --cloud China", "--endpoint (endpoint): is required when cloud is China")]
    [InlineData("--tenant contoso.com --environment dev --endpoint http://x.contoso.com/", "--endpoint (endpoint): 'http://x.contoso.com/' must use https")]
    [InlineData("--tenant contoso.com --environment dev --server ex01", "--server (server): 'ex01' must be a fully qualified host name")]
    [InlineData("--tenant contoso.com --environment dev --change-id a;b", "--change-id (changeId): 'a;b' must match the pattern")]
    [InlineData("--tenant contoso.com --environment dev --variant legacy", "--variant (variant): 'legacy' names the retired variant 'legacy' (Legacy); pass --allow-retired")]
    [InlineData("--tenant @values.json --environment dev", "--tenant (tenant): '@values.json' must be a DNS name")]
    [InlineData("--environment dev", "--tenant (tenant): is required")]
    public void A_bad_value_names_the_option_and_the_rule_exits_2_and_writes_nothing(string arguments, string message)
    {
        var run = _cli.Run($"generate minimal {arguments} --output {Out}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", run.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Files());
    }

    [Theory]
    [InlineData("generate minimal --tenant contoso.com --environment dev --colour blue", "Unrecognized command or argument '--colour'")]
    [InlineData("generate minimal --tenant", "Required argument missing for option: '--tenant'")]
    [InlineData("generate nosuchset --tenant contoso.com", "Unrecognized command or argument 'nosuchset'")]
    [InlineData("generate", "Required command was not provided")]
    public void Command_line_syntax_errors_exit_2_not_1(string arguments, string message)
    {
        var run = _cli.Run(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help' for usage", run.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Files());
    }

    [Fact]
    public void A_params_file_supplies_values_and_options_typed_on_the_command_line_win()
    {
        File.WriteAllText(_cli.PathOf("p.json"), """{ "tenant": "file.example.com", "environment": "test", "server": "ex01.contoso.com" }""");

        var run = _cli.Run("generate", "minimal", "--params", _cli.PathOf("p.json"), "--tenant", "contoso.com", "--output", Out);

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Out, "contoso.com", "test", "minimal", "manifest.json")));
        var parameters = manifest.RootElement.GetProperty("parameters");
        Assert.Equal(("contoso.com", "test", "ex01.contoso.com"), (parameters.GetProperty("tenant").GetString(), parameters.GetProperty("environment").GetString(), parameters.GetProperty("server").GetString()));
    }

    [Theory]
    [InlineData("""{ "tenant": "contoso.com", "environment": "dev", }""", "--params file is not valid JSON")]
    [InlineData("""{ "tenant": "contoso.com", "environment": 3 }""", "key 'environment': '3' must be a string, not a JSON number")]
    [InlineData("""{ "tenant": "contoso.com", "environment": "dev", "tenantId": "x" }""", "--tenant-id (tenantId): 'x' is not a parameter of minimal")]
    public void A_bad_params_file_exits_2_and_writes_nothing(string json, string message)
    {
        File.WriteAllText(_cli.PathOf("p.json"), json);

        var run = _cli.Run("generate", "minimal", "--params", _cli.PathOf("p.json"), "--output", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal(["p.json"], _cli.Files());
    }

    [Fact]
    public void A_missing_params_file_exits_2()
    {
        var run = _cli.Run("generate", "minimal", "--params", _cli.PathOf("nope.json"), "--output", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--params file '", run.Error, StringComparison.Ordinal);
        Assert.Contains("cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retired_variant_generates_with_allow_retired()
    {
        var run = _cli.Run($"generate minimal --tenant contoso.com --environment dev --variant legacy --allow-retired --output {Out}");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("advisory: Legacy is retired", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_with_the_same_inputs_write_identical_bytes()
    {
        _cli.Environment["SOURCE_DATE_EPOCH"] = "1767225600";
        var first = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {_cli.PathOf("one")}");
        _cli.Now = _cli.Now.AddDays(3);
        var second = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {_cli.PathOf("two")}");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var one = _cli.Files("one");
        Assert.Equal(one.Select(f => f[4..]), _cli.Files("two").Select(f => f[4..]));
        foreach (var file in one)
        {
            Assert.Equal(File.ReadAllBytes(_cli.PathOf(file)), File.ReadAllBytes(_cli.PathOf("two" + file[3..])));
        }

        Assert.Contains("\"createdUtc\": \"2026-01-01T00:00:00Z\"", File.ReadAllText(_cli.PathOf("one/contoso.com/dev/minimal/manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_SOURCE_DATE_EPOCH_exits_2()
    {
        _cli.Environment["SOURCE_DATE_EPOCH"] = "yesterday";

        var run = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {Out}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SOURCE_DATE_EPOCH must be a whole number of seconds", run.Error, StringComparison.Ordinal);
        Assert.Empty(_cli.Files());
    }

    [Fact]
    public void A_rerun_is_unchanged_a_different_bundle_is_refused_with_3_and_force_replaces_it()
    {
        var first = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {Out}");
        _cli.Now = _cli.Now.AddHours(1);
        var rerun = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {Out}");
        var changed = _cli.Run($"generate minimal --tenant contoso.com --environment dev --change-id CHG2 --output {Out}");
        var forced = _cli.Run($"generate minimal --tenant contoso.com --environment dev --change-id CHG2 --force --output {Out}");

        Assert.Equal((0, 0, 3, 0), (first.ExitCode, rerun.ExitCode, changed.ExitCode, forced.ExitCode));
        Assert.Contains("Unchanged:", rerun.Error, StringComparison.Ordinal);
        Assert.Equal(first.Output, rerun.Output);
        Assert.Contains("already holds a different bundle", changed.Error, StringComparison.Ordinal);
        Assert.Contains("01-Set-Thing.ps1", changed.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, changed.Output);
        Assert.Contains("Replaced ", forced.Error, StringComparison.Ordinal);
        Assert.Contains("CHG2", File.ReadAllText(Path.Combine(Bundle, "01-Set-Thing.ps1")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_is_an_io_failure_4()
    {
        File.WriteAllText(_cli.PathOf("blocker"), "a file where a folder must go");

        var run = _cli.Run($"generate minimal --tenant contoso.com --environment dev --output {_cli.PathOf("blocker")}");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains("could not write the bundle", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_prints_one_summary_document()
    {
        var run = _cli.Run($"generate minimal --tenant contoso.com --environment dev --format json --output {Out}");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal("created", summary.RootElement.GetProperty("status").GetString());
        Assert.Equal(Sha256Hex.Of(File.ReadAllBytes(Path.Combine(Bundle, "manifest.json"))), summary.RootElement.GetProperty("manifestSha256").GetString());
        Assert.Equal(["always"], summary.RootElement.GetProperty("advisories").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    public void Dispose() => _cli.Dispose();
}
