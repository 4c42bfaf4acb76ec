using System.Collections.Concurrent;
using System.Text;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Core.Rendering.Nodes;
using ScriptGen.Templates.Checking;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Renders the scripts of one checked template set. Templates are compiled once into a small tree (no code
/// generation, no reflection), so a renderer is cheap to build and safe to share across threads.
/// </summary>
public sealed class ScriptRenderer
{
    private readonly TemplateSet _set;
    private readonly string _toolVersion;
    // Keyed by indent and path joined with a NUL, which neither contains (a tuple key costs a cold process a JIT pass).
    private readonly ConcurrentDictionary<string, IReadOnlyList<TemplateNode>> _compiled = new(StringComparer.Ordinal);

    public ScriptRenderer(TemplateSet set, string toolVersion)
    {
        _set = set;
        _toolVersion = toolVersion;
    }

    /// <summary>Renders every script of the bundle for <paramref name="values"/>, steps first, then rollbacks.</summary>
    public IReadOnlyList<RenderedScript> RenderAll(ParameterValues values) =>
        ScriptPlan.For(_set, values.Variant).Select(script => Render(script, values)).ToArray();

    /// <summary>Renders one script.</summary>
    public RenderedScript Render(ScriptToRender script, ParameterValues values)
    {
        var output = new StringBuilder(32 * 1024);
        try
        {
            new TemplateEvaluator(RenderValues.For(_set, values, script, _toolVersion), Partial).Write(Compiled(script.TemplatePath, string.Empty), output);
        }
        catch (TemplateRenderException ex)
        {
            throw new TemplateRenderException($"{_set.Id}/{script.TemplatePath}: {ex.Message}", ex);
        }

        return new RenderedScript(script, ScriptBytes.Encode(output.ToString()));
    }

    private IReadOnlyList<TemplateNode> Partial(string name, string indent) =>
        Compiled(TemplateBodyChecker.PartialFolder + name + TemplateBodyChecker.PartialSuffix, indent);

    private IReadOnlyList<TemplateNode> Compiled(string path, string indent) =>
        _compiled.GetOrAdd(indent + "\0" + path, _ =>
        {
            if (!_set.Files.TryGetValue(path, out var file))
            {
                throw new TemplateRenderException($"The template \"{path}\" does not exist.");
            }

            return TemplateCompiler.Compile(indent.Length == 0 ? file.Text : Indent(file.Text, indent));
        });

    /// <summary>Prefixes every line that has content with <paramref name="indent"/>, as Handlebars does for standalone partials.</summary>
    private static string Indent(string text, string indent)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && !(i == lines.Length - 1 && lines[i].Length == 0))
            {
                lines[i] = indent + lines[i];
            }
        }

        return string.Join('\n', lines);
    }
}
