using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Handlebars writes non-string values (and false, which stands for an absent optional value) without the encoder.
/// This provider claims every such type and refuses to write it, so no value can reach a script unencoded or empty.
/// </summary>
public sealed class NonStringValueFormatterProvider : IFormatterProvider, IFormatter
{
    /// <inheritdoc />
    public bool TryCreateFormatter(Type type, out IFormatter formatter)
    {
        formatter = this;
        return true;
    }

    /// <inheritdoc />
    public void Format<T>(T value, in EncodedTextWriter writer) =>
        throw new TemplateRenderException(value is false
            ? "A template rendered an optional value that was not given; guard it with {{#if name}}."
            : $"A template rendered a {typeof(T).Name} value; only text values can render as PowerShell literals.");
}
