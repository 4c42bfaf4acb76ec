using ScriptGen.Core.Bundling;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Rendering;
using ScriptGen.Core.Tests.Support;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Core.Tests.Rendering;

/// <summary>
/// The security property of rendering, proved with the PowerShell engine: whatever characters a value holds, every
/// script of the built-in set parses, with exactly the tokens (kinds, in order) it has with harmless values. Values
/// bypass validation here on purpose: the guarantee must not depend on it.
/// </summary>
public sealed class HostileValueSyntaxTests
{
    private static readonly TemplateSet Set = BuiltInTemplateCatalog.Instance.Find("push-notification-proxy")!;

    public static TheoryData<string, string> VariantsAndClouds() => new()
    {
        { "graph", "Global" },
        { "graph", "China" },
        { "msonline", "GCCHigh" },
    };

    [Theory]
    [MemberData(nameof(VariantsAndClouds))]
    public void No_value_changes_the_syntax_of_any_script(string variant, string cloud)
    {
        var renderer = new ScriptRenderer(Set, ToolInfo.Current.Version);
        var reference = renderer.RenderAll(Values(variant, cloud, "a.contoso.com")).Select(Shape).ToArray();
        Assert.All(reference, shape => Assert.Empty(shape.Errors));

        foreach (var hostile in HostileValues.Generate(150, seed: cloud.Length))
        {
            var scripts = renderer.RenderAll(Values(variant, cloud, hostile));

            for (var i = 0; i < scripts.Count; i++)
            {
                var shape = Shape(scripts[i]);
                Assert.True(shape.Errors.Count == 0, $"{scripts[i].Path} does not parse with the value {System.Text.Json.JsonSerializer.Serialize(hostile)}: {string.Join("; ", shape.Errors)}");
                Assert.True(reference[i].Kinds.SequenceEqual(shape.Kinds), $"{scripts[i].Path}: the value {System.Text.Json.JsonSerializer.Serialize(hostile)} changed the token stream");
            }
        }
    }

    private static (IReadOnlyList<TokenKind> Kinds, IReadOnlyList<string> Errors) Shape(RenderedScript script)
    {
        var result = PowerShellParser.Parse(SourceText.FromBytes(script.Bytes, script.Path));
        return (result.Tokens.Where(t => t.Kind != TokenKind.Whitespace).Select(t => t.Kind).ToArray(), result.Diagnostics.Select(d => d.Message).ToArray());
    }

    private static ParameterValues Values(string variant, string cloud, string value) => new(
        [
            new("tenant", value),
            new("environment", value),
            new("cloud", cloud),
            new("pushUri", value),
            new("mailboxServer", value),
            new("changeId", value),
        ],
        variant);
}
