using System.Text;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace ScriptGen.Core.Tests.Support;

/// <summary>
/// Renders with Handlebars.Net set up the way ScriptGen's templates mean: {{name}} as a single-quoted literal, absent
/// values refused, {{comment}} and {{#ifEquals}} as helpers. The reference our own renderer is compared with.
/// </summary>
public static class HandlebarsOracle
{
    /// <summary>Renders <paramref name="template"/> with <paramref name="partials"/> and <paramref name="values"/> (null = not given).</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string> partials, IReadOnlyDictionary<string, string?> values)
    {
        var configuration = new HandlebarsConfiguration { TextEncoder = new LiteralEncoder(), ThrowOnUnresolvedBindingExpression = true };
        configuration.FormatterProviders.Add(new RefusingFormatterProvider());
        var handlebars = Handlebars.Create(configuration);
        handlebars.RegisterHelper("comment", (EncodedTextWriter output, Context _, Arguments arguments) =>
            output.WriteSafeString(ScriptGen.Core.Rendering.CommentText.Encode((string)arguments[0]!)));
        handlebars.RegisterHelper("ifEquals", (EncodedTextWriter output, BlockHelperOptions options, Context context, Arguments arguments) =>
        {
            if (arguments[0] is string actual && actual == (string)arguments[1]!)
            {
                options.Template(output, context);
            }
            else
            {
                options.Inverse(output, context);
            }
        });
        foreach (var (name, text) in partials)
        {
            handlebars.RegisterTemplate(name, text);
        }

        var context = values.ToDictionary(v => v.Key, v => v.Value is null ? (object)false : v.Value);
        return handlebars.Compile(template)(context);
    }

    private sealed class LiteralEncoder : ITextEncoder
    {
        public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

        public void Encode(string? text, TextWriter target) => target.Write(ScriptGen.Core.Rendering.PowerShellLiteral.Quote(text!));

        public void Encode<T>(T? text, TextWriter target)
            where T : IEnumerator<char>
        {
            var builder = new StringBuilder();
            while (text!.MoveNext())
            {
                builder.Append(text.Current);
            }

            Encode(builder.ToString(), target);
        }
    }

    private sealed class RefusingFormatterProvider : IFormatterProvider, IFormatter
    {
        public bool TryCreateFormatter(Type type, out IFormatter formatter)
        {
            formatter = this;
            return true;
        }

        public void Format<T>(T value, in EncodedTextWriter writer) => throw new InvalidOperationException("absent value rendered");
    }
}
