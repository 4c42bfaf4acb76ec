using System.Text;
using ScriptGen.Core.Rendering;
using ScriptGen.Core.Rendering.Nodes;
using ScriptGen.Core.Tests.Support;

namespace ScriptGen.Core.Tests.Rendering;

public sealed class TemplateCompilerTests
{
    private static readonly Dictionary<string, string?> Values = new() { ["a"] = "A'1", ["b"] = null, ["c"] = "GCCHigh" };

    private static readonly Dictionary<string, string> Partials = new()
    {
        ["p1"] = "line {{a}}\n{{#if b}}\nB\n{{else}}\nnot b\n{{/if}}\n",
        ["p2"] = "[{{comment c}}]",
    };

    [Theory]
    [InlineData("x\n{{#if a}}\nyes\n{{else}}\nno\n{{/if}}\nz\n", "x\nyes\nz\n")]
    [InlineData("x\n  {{#if a}}  \n  yes\n  {{/if}}\nz\n", "x\n  yes\nz\n")]
    [InlineData("x {{#if a}}yes{{/if}} z\n", "x yes z\n")]
    [InlineData("x\r\n{{#unless b}}\r\nno b\r\n{{/unless}}\r\nz\r\n", "x\r\nno b\r\nz\r\n")]
    [InlineData("x\n{{#if a}}{{#if a}}\ny\n{{/if}}{{/if}}\nz\n", "x\n\ny\n\nz\n")]
    [InlineData("x\n{{!-- note --}}\nz {{! inline }}z\n", "x\nz z\n")]
    [InlineData("$v = {{a}}\n", "$v = 'A''1'\n")]
    [InlineData("{{#ifEquals c \"GCCHigh\"}}gov{{else}}other{{/ifEquals}}", "gov")]
    public void Renders_the_handlebars_subset_with_handlebars_whitespace_rules(string template, string expected)
    {
        Assert.Equal(expected, Render(template));
        Assert.Equal(expected, HandlebarsOracle.Render(template, Partials, Values));
    }

    [Fact]
    public void A_standalone_indented_partial_is_indented_and_its_values_stay_literals()
    {
        // Handlebars.Net writes values of indented partials with its default encoder (A'1 unquoted): a syntax hole
        // that our renderer closes by construction.
        Assert.Equal("x\n    line 'A''1'\n    not b\nz\n", Render("x\n    {{> p1}}\nz\n"));
    }

    [Fact]
    public void Random_templates_of_the_subset_render_exactly_as_handlebars_renders_them()
    {
        var random = new Random(42);
        for (var i = 0; i < 1000; i++)
        {
            var template = RandomTemplate(random, depth: 0);

            var expected = HandlebarsOracle.Render(template, Partials, Values);
            var actual = Render(template);
            Assert.True(expected == actual, $"Template {System.Text.Json.JsonSerializer.Serialize(template)}\nexpected {System.Text.Json.JsonSerializer.Serialize(expected)}\nactual   {System.Text.Json.JsonSerializer.Serialize(actual)}");
        }
    }

    [Theory]
    [InlineData("{{b}}", "{{b}} has no value here")]
    [InlineData("{{#if zz}}x{{/if}}", "\"zz\" is not a parameter")]
    [InlineData("{{#if a}}x", "never closed")]
    [InlineData("{{#each a}}x{{/each}}", "unknown block")]
    public void What_cannot_render_stops_rendering(string template, string message)
    {
        var error = Assert.Throws<TemplateRenderException>(() => Render(template));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string Render(string template)
    {
        var output = new StringBuilder();
        new TemplateEvaluator(Values, (name, indent) => TemplateCompiler.Compile(indent.Length == 0 ? Partials[name] : string.Join('\n', Partials[name].Split('\n').Select(l => l.Length > 0 ? indent + l : l))))
            .Write(TemplateCompiler.Compile(template), output);
        return output.ToString();
    }

    private static string RandomTemplate(Random random, int depth)
    {
        string[] texts = ["x", "$v = ", " ", "\t", "  ", "\n", "\r\n", "Write-Output -InputObject $a", "#", " } ", " { ", "'"];
        var builder = new StringBuilder();
        var count = random.Next(1, 8);
        for (var i = 0; i < count; i++)
        {
            var newlineBefore = random.Next(3) == 0;
            if (newlineBefore)
            {
                builder.Append(random.Next(2) == 0 ? "\n" : "\r\n");
            }

            switch (random.Next(8))
            {
                case 0 or 1:
                    builder.Append(texts[random.Next(texts.Length)]);
                    break;
                case 2:
                    builder.Append(random.Next(2) == 0 ? "{{a}}" : "{{c}}");
                    break;
                case 3:
                    builder.Append("{{comment ").Append(random.Next(2) == 0 ? "a" : "c").Append("}}");
                    break;
                case 4 when depth < 3:
                    var open = random.Next(3) switch
                    {
                        0 => ("{{#if " + "abc"[random.Next(3)] + "}}", "{{/if}}"),
                        1 => ("{{#unless " + "abc"[random.Next(3)] + "}}", "{{/unless}}"),
                        _ => ("{{#ifEquals c \"" + (random.Next(2) == 0 ? "GCCHigh" : "Global") + "\"}}", "{{/ifEquals}}"),
                    };
                    var lineBreak = random.Next(2) == 0 ? "\n" : string.Empty;
                    builder.Append(open.Item1).Append(lineBreak).Append(RandomTemplate(random, depth + 1));
                    if (random.Next(2) == 0)
                    {
                        builder.Append(lineBreak).Append("{{else}}").Append(lineBreak).Append(RandomTemplate(random, depth + 1));
                    }

                    builder.Append(lineBreak).Append(open.Item2);
                    break;
                case 5:
                    builder.Append(random.Next(2) == 0 ? "{{! note }}" : "{{!-- note --}}");
                    break;
                case 6:
                    // Text before the partial's line: Handlebars.Net indents a partial that follows a blank line by
                    // that line's whitespace and then drops the literal encoder, so the oracle is wrong there.
                    builder.Append("x\n{{> ").Append(random.Next(2) == 0 ? "p1" : "p2").Append("}}\n");
                    break;
                default:
                    builder.Append(' ', random.Next(3));
                    break;
            }
        }

        return builder.ToString();
    }
}
