using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Windows PowerShell 5.1 reads a script without a byte-order mark in the system's ANSI code page, so every non-ASCII
/// character of a UTF-8 file turns into mojibake (and a mangled dash or quote can change how the script parses). Only
/// files are checked: text given as a string has no bytes. PSScriptAnalyzer's finding has no extent; ours points at the
/// first non-ASCII character, so that readers see where the file stops being ASCII.
/// </summary>
public sealed class PSUseBOMForUnicodeEncodedFile : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSUseBOMForUnicodeEncodedFile),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "A file with non-ASCII bytes needs a byte-order mark, or Windows PowerShell 5.1 reads it in the ANSI code page.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnEnd(Check);

    private static void Check(RuleContext context)
    {
        var source = context.Source;
        if (source.Encoding != SourceEncoding.Utf8NoBom || !source.HasNonAsciiBytes)
        {
            return;
        }

        var span = FirstNonAsciiCharacter(source.Text) ?? source.GetLineSpan(1);
        var name = source.Path is null ? "This file" : $"The file '{Path.GetFileName(source.Path)}'";
        context.Report(
            span,
            $"{name} contains non-ASCII characters (this is the first) but no byte-order mark, so Windows PowerShell 5.1 reads it in the ANSI code page and garbles them. Save it as UTF-8 with BOM.");
    }

    private static TextSpan? FirstNonAsciiCharacter(string text)
    {
        var index = text.AsSpan().IndexOfAnyExceptInRange('\0', '\x7F');
        if (index < 0)
        {
            return null;
        }

        var length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        return new TextSpan(index, length);
    }
}
