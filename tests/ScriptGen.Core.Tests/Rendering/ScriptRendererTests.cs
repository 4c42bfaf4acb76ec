using System.Text;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Rendering;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Rendering;

public sealed class ScriptRendererTests
{
    private static readonly TemplateSet Set = FixtureSets.Load("minimal");

    [Fact]
    public void A_bundle_holds_the_steps_in_order_then_the_rollbacks()
    {
        var scripts = ScriptPlan.For(Set, "modern");

        Assert.Equal(["01-Set-Thing.ps1", "02-Get-Thing.ps1", "rollback/01-Restore-Thing.ps1"], scripts.Select(s => s.ScriptPath));
        Assert.Equal("steps/02-Get-Thing.modern.ps1.hbs", scripts[1].TemplatePath);
        Assert.Equal("steps/02-Get-Thing.legacy.ps1.hbs", ScriptPlan.For(Set, "legacy")[1].TemplatePath);
    }

    [Fact]
    public void Scripts_are_utf8_with_bom_and_crlf_only()
    {
        var bytes = Render(Values()).Bytes;

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.False(text.EndsWith("\r\n\r\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_render_as_literals_and_absent_optional_values_take_the_else_branch()
    {
        var text = Text(Values());

        Assert.Contains("$TenantDomain = 'contoso.com'\r\n", text, StringComparison.Ordinal);
        Assert.Contains("$Endpoint = 'https://example.com/api'\r\n", text, StringComparison.Ordinal);
        Assert.Contains("$Server = $env:COMPUTERNAME\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Change: (none)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("China cloud", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_optional_values_lookups_comparisons_and_comments_render()
    {
        var text = Text(Values(("cloud", "China"), ("endpoint", "https://push.contoso.cn/x"), ("server", "ex01.contoso.com"), ("changeId", "CHG-1")));

        Assert.Contains("$Endpoint = 'https://push.contoso.cn/x'\r\n", text, StringComparison.Ordinal);
        Assert.Contains("$Server = 'ex01.contoso.com'\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Write-Verbose -Message 'China cloud'", text, StringComparison.Ordinal);
        Assert.Contains("Change: CHG-1\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"Template sha256 {Set.Files["steps/01-Set-Thing.ps1.hbs"].Sha256}\r\n", text, StringComparison.Ordinal);
        Assert.Contains("Step 1 of 2: Configure the thing\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unguarded_absent_value_refuses_to_render_instead_of_rendering_nothing()
    {
        var files = FixtureSets.Texts("minimal");
        files["steps/01-Set-Thing.ps1.hbs"] = files["steps/01-Set-Thing.ps1.hbs"].Replace("$TenantDomain = {{tenant}}", "$Server = {{server}}", StringComparison.Ordinal);
        var set = TemplateSetLoader.Load(files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)), TemplateSetOrigin.Folder).Set!;

        var error = Assert.Throws<TemplateRenderException>(() => new ScriptRenderer(set, "0.0.0").RenderAll(Values()));

        Assert.Contains("{{server}} has no value here; guard it with {{#if server}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_values_stay_inside_their_literal()
    {
        foreach (var hostile in HostileValues.Generate(500, seed: 3))
        {
            var values = new ParameterValues(
                [new("tenant", hostile), new("environment", "dev"), new("cloud", "Global"), new("endpoint", hostile), new("server", null), new("changeId", hostile)],
                "modern");

            var text = Text(values);

            Assert.Contains("$TenantDomain = " + PowerShellLiteral.Quote(hostile.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", "\r\n", StringComparison.Ordinal)), text, StringComparison.Ordinal);
            var changeLine = text.Split("\r\n").Single(l => l.StartsWith("    Change: ", StringComparison.Ordinal));
            Assert.DoesNotContain("#>", changeLine, StringComparison.Ordinal);
        }
    }

    private static RenderedScript Render(ParameterValues values) =>
        new ScriptRenderer(Set, "9.9.9").Render(ScriptPlan.For(Set, values.Variant)[0], values);

    private static string Text(ParameterValues values) => Encoding.UTF8.GetString(Render(values).Bytes[3..]);

    private static ParameterValues Values(params (string Key, string Value)[] overrides)
    {
        var raw = new Dictionary<string, string?> { ["tenant"] = "contoso.com", ["environment"] = "dev" };
        foreach (var (key, value) in overrides)
        {
            raw[key] = value;
        }

        return ParameterValidator.Validate(Set.Declaration, raw, allowRetired: false).Values!;
    }
}
