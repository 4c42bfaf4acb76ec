using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Reading;

/// <summary>Which files of a folder make up its template set, and the encoding every one of them must have.</summary>
public static class TemplateSetFiles
{
    /// <summary>The ending of template and partial files.</summary>
    public const string TemplateSuffix = ".hbs";

    /// <summary>U+FEFF, which a strict UTF-8 decoder keeps at the start of a text whose bytes begin with a BOM.</summary>
    public const char ByteOrderMark = '\uFEFF';

    /// <summary>True for the declaration at the set's root and for every <c>.hbs</c> file below it (path relative to the set, forward slashes).</summary>
    public static bool Belongs(string relativePath) =>
        relativePath == DeclarationReader.FileName || relativePath.EndsWith(TemplateSuffix, System.StringComparison.Ordinal);

    /// <summary>The problem for a file whose bytes are not valid UTF-8.</summary>
    public static TemplateProblem NotUtf8(string path) =>
        new TemplateProblem(TemplateProblems.NotUtf8, "The file is not valid UTF-8.", new SourceLocation(path, 1, 1));
}
