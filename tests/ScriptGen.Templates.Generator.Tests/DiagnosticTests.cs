using System.Text;
using Microsoft.CodeAnalysis;
using ScriptGen.Templates.Generator.Tests.Support;

namespace ScriptGen.Templates.Generator.Tests;

/// <summary>Each template problem becomes a build diagnostic with its SGT id, at the file and 1-based line and column the checker names.</summary>
public sealed class DiagnosticTests
{
    private const string Json = "small/template-set.json";
    private const string Modern = "small/steps/01-Set-Thing.modern.ps1.hbs";
    private const string Legacy = "small/steps/01-Set-Thing.legacy.ps1.hbs";
    private const string Header = "small/partials/header.ps1.hbs";

    private static readonly TemplateFiles Small = TemplateFiles.Fixture();

    [Fact]
    public void SGT001_broken_json_at_the_position_of_the_error()
    {
        var run = GeneratorHarness.Run(Small.Replace(Json, "\"title\": \"Small set\",", "\"title\": \"Small set\",,"));

        AssertSingle(run, "SGT001", Json, 3, 24);
        Assert.DoesNotContain("SmallSetTemplateSet.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void SGT002_schema_error_at_the_member()
    {
        var run = GeneratorHarness.Run(Small.Replace(Json, "\"description\": \"The current way.\",", "\"description\": \"The current way.\", \"colour\": \"blue\","));

        var diagnostic = AssertSingle(run, "SGT002", Json, 13, 87);
        Assert.Contains("unknown member \"colour\"", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SGT003_a_parameter_declared_twice()
    {
        var run = GeneratorHarness.Run(Small.Replace(Json, "{ \"name\": \"changeId\"", "{ \"name\": \"cloud\""));

        Assert.Contains(run.Diagnostics, d => d.Id == "SGT003" && Line(d) == (Small.FullPath(Json), 10, 5));
    }

    [Fact]
    public void SGT003_two_folders_declaring_the_same_set_id_refuse_both()
    {
        var run = GeneratorHarness.Run(Small.And(TemplateFiles.Fixture(folder: "copy")));

        Assert.Equal(
            [(Small.FullPath("copy/template-set.json"), 1, 1), (Small.FullPath(Json), 1, 1)],
            run.Diagnostics.Where(d => d.Id == "SGT003").Select(Line).Order());
        Assert.Equal(["GeneratedTemplateSets.g.cs"], run.Sources.Keys);
    }

    [Fact]
    public void SGT004_a_declared_template_that_does_not_exist()
    {
        var run = GeneratorHarness.Run(Small.Without(Legacy));

        var diagnostic = AssertSingle(run, "SGT004", Json, 29, 19);
        Assert.Contains("steps/01-Set-Thing.legacy.ps1.hbs", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void SGT005_an_undeclared_name_at_its_line_and_column()
    {
        var run = GeneratorHarness.Run(Small.Replace(Modern, "{{graphEnvironment}}", "{{graphEnviroment}}"));

        var diagnostic = AssertSingle(run, "SGT005", Modern, 6, 21);
        Assert.Equal("\"graphEnviroment\" is not a declared parameter, lookup value or built-in value.", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void SGT005_location_points_into_the_file_text()
    {
        var files = Small.Replace(Modern, "{{graphEnvironment}}", "{{graphEnviroment}}");
        var run = GeneratorHarness.Run(files);

        var span = Assert.Single(run.Diagnostics).Location.SourceSpan;
        Assert.StartsWith("{{graphEnviroment}}", files.Text(Modern)[span.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void SGT006_an_unused_parameter_is_a_warning_and_the_set_is_still_emitted()
    {
        var run = GeneratorHarness.Run(Small.Replace(Header, "{{#if changeId}}{{comment changeId}}{{else}}(none){{/if}}", "(none)"));

        var diagnostic = AssertSingle(run, "SGT006", Json, 10, 5);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("SmallSetTemplateSet.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void SGT007_raw_output()
    {
        var run = GeneratorHarness.Run(Small.Replace(Legacy, "{{variant}}", "{{{variant}}}"));

        AssertSingle(run, "SGT007", Legacy, 5, 12);
    }

    [Fact]
    public void SGT008_an_unclosed_block_at_its_opening_tag()
    {
        var run = GeneratorHarness.Run(Small.Replace(Modern, "{{/ifEquals}}", string.Empty));

        AssertSingle(run, "SGT008", Modern, 10, 1);
    }

    [Fact]
    public void SGT009_an_unknown_helper()
    {
        var run = GeneratorHarness.Run(Small.Replace(Legacy, "{{variant}}", "{{upper variant}}"));

        AssertSingle(run, "SGT009", Legacy, 5, 12);
    }

    [Fact]
    public void SGT010_a_file_with_a_byte_order_mark()
    {
        var run = GeneratorHarness.Run(Small.With(Legacy, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Small.Text(Legacy))]));

        AssertSingle(run, "SGT010", Legacy, 1, 1);
        Assert.DoesNotContain("SmallSetTemplateSet.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void SGT010_a_file_that_is_not_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Small.Text(Legacy));
        bytes[^2] = 0xE9;

        var run = GeneratorHarness.Run(Small.With(Legacy, bytes));

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id == "SGT010");
        Assert.Equal((Small.FullPath(Legacy), 1, 1), Line(diagnostic));
        Assert.Equal("The file is not valid UTF-8.", diagnostic.GetMessage());
    }

    [Fact]
    public void A_broken_set_is_left_out_while_a_good_one_is_emitted()
    {
        var broken = TemplateFiles.Fixture(folder: "broken")
            .Replace("broken/template-set.json", "\"id\": \"small-set\"", "\"id\": \"broken-set\"")
            .Replace("broken/steps/01-Set-Thing.legacy.ps1.hbs", "{{variant}}", "{{nope}}");

        var run = GeneratorHarness.Run(Small.And(broken));

        Assert.Equal("SGT005", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(["GeneratedTemplateSets.g.cs", "SmallSetParameters.g.cs", "SmallSetTemplateSet.g.cs"], run.Sources.Keys.Order(StringComparer.Ordinal));
    }

    private static Diagnostic AssertSingle(GeneratorRun run, string id, string file, int line, int column)
    {
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal((Small.FullPath(file), line, column), Line(diagnostic));
        return diagnostic;
    }

    private static (string Path, int Line, int Column) Line(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }
}
