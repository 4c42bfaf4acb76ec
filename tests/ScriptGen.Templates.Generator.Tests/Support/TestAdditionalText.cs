using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>
/// An additional file given as bytes and decoded as the compiler decodes one: a UTF-8 BOM is dropped and named by
/// the encoding, BOM-less bytes are strict UTF-8, and bytes that are not fall back to a single-byte code page.
/// </summary>
public sealed class TestAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText _text = Decode(bytes);

    /// <inheritdoc />
    public override string Path { get; } = path;

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    private static SourceText Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble))
        {
            return SourceText.From(StrictUtf8.GetString(bytes, 3, bytes.Length - 3), Encoding.UTF8);
        }

        try
        {
            return SourceText.From(StrictUtf8.GetString(bytes), StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            return SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.Latin1);
        }
    }
}
