using ScriptGen.Core.Catalog;
using ScriptGen.Core.Tests.Support;
using ScriptGen.Templates.Checking;

namespace ScriptGen.Core.Tests.Templates;

public sealed class TemplateSetCheckerTests
{
    [Fact]
    public void The_minimal_fixture_set_has_no_problems()
    {
        var result = TemplateSetChecker.Check(FixtureSets.Texts("minimal"));

        Assert.Empty(result.Problems);
        Assert.True(result.IsUsable);
        Assert.Equal("minimal", result.Declaration!.Id);
    }

    [Fact]
    public void Broken_json_is_SGT001_at_the_position_of_the_error()
    {
        var problem = Single(Mutate("template-set.json", "\"title\": \"Minimal test set\",", "\"title\": \"Minimal test set\",,"));

        Assert.Equal("SGT001", problem.Id);
        Assert.Equal(("template-set.json", 3), (problem.Location.Path, problem.Location.Line));
    }

    [Theory]
    [InlineData("\"type\": \"fqdn\"", "\"type\": \"hostname\"", "unknown type \"hostname\"")]
    [InlineData("\"default\": \"Global\"", "\"default\": \"Mars\"", "is not one of its values")]
    [InlineData("\"required\": true, \"description\": \"Tenant domain.\"", "\"description\": \"Tenant domain.\"", "must be a required parameter")]
    [InlineData("\"script\": \"02-Get-Thing.ps1\"", "\"script\": \"03-Get-Thing.ps1\"", "must start with 02")]
    [InlineData("\"script\": \"01-Set-Thing.ps1\"", "\"script\": \"01-SetThing.ps1\"", "must have the shape NN-Verb-Noun.ps1")]
    [InlineData("\"title\": \"Modern\",", "\"title\": \"Modern\", \"colour\": \"blue\",", "unknown member \"colour\"")]
    [InlineData("\"values\": [\"China\"] }, \"description\": \"Endpoint URI.\"", "\"values\": [\"Mars\"] }, \"description\": \"Endpoint URI.\"", "names \"Mars\", which it cannot take")]
    [InlineData("\"China\": { \"graphEnvironment\": \"China\", \"defaultEndpoint\": null }", "\"China\": { \"graphEnvironment\": \"China\" }", "same value names")]
    public void Schema_and_cross_reference_errors_are_SGT002(string find, string replace, string message)
    {
        var problems = Errors(Mutate("template-set.json", find, replace));

        Assert.Contains(problems, p => p.Id == "SGT002" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_parameter_declared_twice_is_SGT003()
    {
        var problems = Errors(Mutate("template-set.json", "{ \"name\": \"server\"", "{ \"name\": \"cloud\""));

        Assert.Contains(problems, p => p.Id == "SGT003" && p.Message.Contains("\"cloud\" is declared twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_template_file_is_SGT004()
    {
        var files = FixtureSets.Texts("minimal");
        files.Remove("steps/02-Get-Thing.legacy.ps1.hbs");

        var problem = Single(files);

        Assert.Equal("SGT004", problem.Id);
        Assert.Contains("steps/02-Get-Thing.legacy.ps1.hbs", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_name_is_SGT005_at_its_line_and_column()
    {
        var problem = Single(Mutate("steps/01-Set-Thing.ps1.hbs", "$Cloud = {{cloud}}", "$Cloud = {{clod}}"));

        Assert.Equal("SGT005", problem.Id);
        Assert.Equal(new ScriptGen.Templates.Model.SourceLocation("steps/01-Set-Thing.ps1.hbs", 6, 10), problem.Location);
    }

    [Fact]
    public void A_parameter_no_template_uses_is_the_warning_SGT006()
    {
        var files = Mutate("steps/01-Set-Thing.ps1.hbs", "{{#if server}}\n$Server = {{server}}\n{{else}}\n$Server = $env:COMPUTERNAME\n{{/if}}", "$Server = $env:COMPUTERNAME");

        var result = TemplateSetChecker.Check(files);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("SGT006", TemplateProblemSeverity.Warning), (problem.Id, problem.Descriptor.Severity));
        Assert.True(result.IsUsable);
    }

    [Theory]
    [InlineData("{{{tenant}}}")]
    [InlineData("{{&tenant}}")]
    [InlineData("{{{{raw}}}}x{{{{/raw}}}}")]
    [InlineData("\\{{tenant}}")]
    public void Raw_output_in_any_form_is_SGT007(string raw)
    {
        var problems = Errors(Mutate("steps/01-Set-Thing.ps1.hbs", "$TenantDomain = {{tenant}}", "$TenantDomain = " + raw));

        Assert.Contains(problems, p => p.Id == "SGT007" && p.Location.Line == 5);
    }

    [Theory]
    [InlineData("{{#if server}}\n$Server = {{server}}\n{{else}}", "{{#if server}}\n{{#if cloud}}\n$Server = {{server}}\n{{else}}", "never closed")]
    [InlineData("{{/ifEquals}}", "{{/if}}", "closes {{#ifEquals}}")]
    [InlineData("Write-Output", "{{/if}}\nWrite-Output", "never opened")]
    public void Unbalanced_blocks_are_SGT008(string find, string replace, string message)
    {
        var problems = Errors(Mutate("steps/01-Set-Thing.ps1.hbs", find, replace));

        Assert.Contains(problems, p => p.Id == "SGT008" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{{upper tenant}}", "Unknown helper")]
    [InlineData("{{#each tenant}}x{{/each}}", "Unknown block helper")]
    [InlineData("{{tenant.length}}", "not a plain name")]
    [InlineData("{{#ifEquals cloud \"Mars\"}}x{{/ifEquals}}", "can never equal \"Mars\"")]
    [InlineData("{{> footer}}", "does not exist")]
    [InlineData("{{~tenant}}", "whitespace control (~) is not supported")]
    public void Unknown_helpers_partials_and_expressions_are_reported(string tag, string message)
    {
        var problems = Errors(Mutate("steps/01-Set-Thing.ps1.hbs", "$TenantDomain = {{tenant}}", "$TenantDomain = {{tenant}}\n" + tag));

        Assert.Contains(problems, p => p.Id is "SGT009" or "SGT004" && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_reported()
    {
        var problems = Errors(Mutate("partials/header.ps1.hbs", "<#", "{{> header}}\n<#"));

        Assert.Contains(problems, p => p.Id == "SGT009" && p.Message.Contains("includes itself", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_SGT010_at_run_time_as_at_build_time()
    {
        var files = FolderTemplateSource.ReadFiles(FixtureSets.Folder("minimal")).ToDictionary(f => f.Key, f => f.Value);
        files["steps/01-Set-Thing.ps1.hbs"] = [.. files["steps/01-Set-Thing.ps1.hbs"], 0xC3, 0x28];

        var result = TemplateSetLoader.Load(files, TemplateSetOrigin.Folder);

        Assert.Null(result.Set);
        Assert.Equal(("SGT010", "steps/01-Set-Thing.ps1.hbs"), (result.Problems[0].Id, result.Problems[0].Location.Path));
    }

    private static Dictionary<string, string> Mutate(string path, string find, string replace)
    {
        var files = FixtureSets.Texts("minimal");
        Assert.Contains(find, files[path], StringComparison.Ordinal);
        files[path] = files[path].Replace(find, replace, StringComparison.Ordinal);
        return files;
    }

    private static TemplateProblem[] Errors(Dictionary<string, string> files) =>
        TemplateSetChecker.Check(files).Problems.Where(p => p.Descriptor.Severity == TemplateProblemSeverity.Error).ToArray();

    private static TemplateProblem Single(Dictionary<string, string> files) => Assert.Single(TemplateSetChecker.Check(files).Problems);
}
