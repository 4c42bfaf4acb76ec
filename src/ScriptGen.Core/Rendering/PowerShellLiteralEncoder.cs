using System.Text;
using HandlebarsDotNet;

namespace ScriptGen.Core.Rendering;

/// <summary>Handlebars' encoder for <c>{{name}}</c>: every string value becomes one single-quoted PowerShell literal.</summary>
public sealed class PowerShellLiteralEncoder : ITextEncoder
{
    /// <inheritdoc />
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    /// <inheritdoc />
    public void Encode(string? text, TextWriter target) =>
        target.Write(PowerShellLiteral.Quote(text ?? throw new TemplateRenderException("A template tried to render a missing value.")));

    /// <inheritdoc />
    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder();
        while (text.MoveNext())
        {
            builder.Append(text.Current);
        }

        Encode(builder.ToString(), target);
    }
}
