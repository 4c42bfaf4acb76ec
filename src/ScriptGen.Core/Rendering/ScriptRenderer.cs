using HandlebarsDotNet;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Checking;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Renders the scripts of one template set with Handlebars.Net, configured so that every value is a PowerShell literal,
/// unknown names throw and only the helpers the checker knows exist. Compiles each template once; safe to share
/// across threads.
/// </summary>
public sealed class ScriptRenderer
{
    private readonly TemplateSet _set;
    private readonly string _toolVersion;
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _compiled = new(StringComparer.Ordinal);

    public ScriptRenderer(TemplateSet set, string toolVersion)
    {
        _set = set;
        _toolVersion = toolVersion;
        var handlebars = CreateEnvironment();
        foreach (var file in set.Files.Values)
        {
            var partial = TemplateBodyChecker.PartialName(file.Path);
            if (partial is not null)
            {
                handlebars.RegisterTemplate(partial, file.Text);
            }
        }

        foreach (var script in set.Declaration.Variants.SelectMany(v => ScriptPlan.For(set, v.Id)))
        {
            if (!_compiled.ContainsKey(script.TemplatePath))
            {
                _compiled[script.TemplatePath] = handlebars.Compile(set.Files[script.TemplatePath].Text);
            }
        }
    }

    /// <summary>Renders every script of the bundle for <paramref name="values"/>, steps first, then rollbacks.</summary>
    public IReadOnlyList<RenderedScript> RenderAll(ParameterValues values) =>
        ScriptPlan.For(_set, values.Variant).Select(script => Render(script, values)).ToArray();

    /// <summary>Renders one script.</summary>
    public RenderedScript Render(ScriptToRender script, ParameterValues values)
    {
        string text;
        try
        {
            text = _compiled[script.TemplatePath](RenderValues.For(_set, values, script, _toolVersion));
        }
        catch (Exception ex) when (ex is HandlebarsException or TemplateRenderException)
        {
            throw new TemplateRenderException($"{_set.Id}/{script.TemplatePath}: {ex.Message}", ex);
        }

        return new RenderedScript(script, ScriptBytes.Encode(text));
    }

    private static IHandlebars CreateEnvironment()
    {
        var configuration = new HandlebarsConfiguration
        {
            TextEncoder = new PowerShellLiteralEncoder(),
            ThrowOnUnresolvedBindingExpression = true,
            NoEscape = false,
        };
        configuration.FormatterProviders.Add(new NonStringValueFormatterProvider());
        var handlebars = Handlebars.Create(configuration);
        handlebars.RegisterHelper("comment", (EncodedTextWriter output, Context _, Arguments arguments) =>
            output.WriteSafeString(CommentText.Encode(TextArgument(arguments, "comment"))));
        handlebars.RegisterHelper("ifEquals", (EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments) =>
        {
            if (arguments[0] is string actual && actual == TextArgument(arguments, "ifEquals", 1))
            {
                options.Template(output, context);
            }
            else
            {
                options.Inverse(output, context);
            }
        });
        return handlebars;
    }

    private static string TextArgument(Arguments arguments, string helper, int index = 0) =>
        arguments.Length > index && arguments[index] is string { Length: > 0 } text
            ? text
            : throw new TemplateRenderException($"{{{{{helper}}}}} needs a value that was given; guard optional values with {{{{#if name}}}}.");
}
