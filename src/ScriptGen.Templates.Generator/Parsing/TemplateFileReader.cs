using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Templates.Generator.Model;
using ScriptGen.Templates.Reading;

namespace ScriptGen.Templates.Generator.Parsing;

/// <summary>Turns an additional file into a <see cref="TemplateFileInput"/> when it belongs to a template set.</summary>
internal static class TemplateFileReader
{
    /// <summary>
    /// The item metadata that marks a template file: its path below the templates folder, <c>&lt;set&gt;/&lt;path&gt;</c>
    /// (ScriptGen.Templates.Generator.props sets it from <c>%(RecursiveDir)</c>).
    /// </summary>
    public const string PathMetadata = "build_metadata.AdditionalFiles.ScriptGenTemplateFile";

    private const int Utf8CodePage = 65001;

    /// <summary>The file as a template-set input, or nothing when it is not part of a set.</summary>
    public static ImmutableArray<TemplateFileInput> Read(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(PathMetadata, out var relative))
        {
            return ImmutableArray<TemplateFileInput>.Empty;
        }

        var normalized = relative.Trim().Replace('\\', '/');
        var slash = normalized.IndexOf('/');
        if (slash <= 0)
        {
            return ImmutableArray<TemplateFileInput>.Empty;
        }

        var path = normalized.Substring(slash + 1);
        if (!TemplateSetFiles.Belongs(path))
        {
            return ImmutableArray<TemplateFileInput>.Empty;
        }

        return ImmutableArray.Create(new TemplateFileInput(normalized.Substring(0, slash), path, file.Path, Decode(file.GetText(cancellationToken))));
    }

    /// <summary>
    /// The text as a strict UTF-8 decoder sees the file's bytes, which is what the run time checks. The compiler
    /// decodes a file without a BOM as strict UTF-8 and falls back to another code page when that fails; it drops a
    /// BOM, which is put back here as U+FEFF so the shared checker reports it.
    /// </summary>
    private static string? Decode(SourceText? text)
    {
        if (text is null)
        {
            return null;
        }

        var encoding = text.Encoding;
        if (encoding is null)
        {
            return text.ToString();
        }

        if (encoding.CodePage != Utf8CodePage)
        {
            return null;
        }

        return encoding.GetPreamble().Length > 0 ? TemplateSetFiles.ByteOrderMark + text.ToString() : text.ToString();
    }
}
