using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Templates.Checking;
using ScriptGen.Templates.Generator.Helpers;
using ScriptGen.Templates.Generator.Model;
using ScriptGen.Templates.Reading;

namespace ScriptGen.Templates.Generator.Parsing;

/// <summary>
/// Runs the shared <see cref="TemplateSetChecker"/> over one set, as the run-time loader does: files that are not
/// UTF-8 are problems and are left out, then every other file is checked.
/// </summary>
internal static class TemplateSetParser
{
    /// <summary>The set's spec when it has no error, and every problem as a diagnostic at its file and line.</summary>
    public static CheckedTemplateSet Check(TemplateSetInput set, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<string, string>(System.StringComparer.Ordinal);
        var problems = new List<TemplateProblem>();
        foreach (var file in set.Files)
        {
            if (file.Text is null)
            {
                problems.Add(TemplateSetFiles.NotUtf8(file.Path));
            }
            else
            {
                texts[file.Path] = file.Text;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = TemplateSetChecker.Check(texts);
        problems.AddRange(result.Problems);

        var diagnostics = new List<DiagnosticInfo>(problems.Count);
        foreach (var problem in problems)
        {
            diagnostics.Add(new DiagnosticInfo(problem.Id, problem.Message, Locate(set, texts, problem)));
        }

        var spec = result.IsUsable && problems.Count == result.Problems.Count ? Spec(result, texts) : null;
        return new CheckedTemplateSet(spec, new EquatableArray<DiagnosticInfo>(diagnostics), JoinPath(set.FolderPath, DeclarationReader.FileName));
    }

    private static TemplateSetSpec Spec(TemplateSetCheckResult result, Dictionary<string, string> texts)
    {
        var paths = new List<string>(texts.Keys);
        paths.Sort(System.StringComparer.Ordinal);
        var files = new List<TemplateFileSpec>(paths.Count);
        foreach (var path in paths)
        {
            files.Add(new TemplateFileSpec(path, texts[path], Sha256Hex.OfUtf8(texts[path])));
        }

        var declaration = result.Declaration!;
        return new TemplateSetSpec(Identifiers.Pascal(declaration.Id), declaration, new EquatableArray<TemplateFileSpec>(files));
    }

    /// <summary>
    /// The problem's place in the file the compiler read. The compiler's text has no BOM, so on the first line of a
    /// file that has one the column moves back by one.
    /// </summary>
    private static LocationInfo Locate(TemplateSetInput set, Dictionary<string, string> texts, TemplateProblem problem)
    {
        var at = problem.Location;
        var line = at.Line < 1 ? 1 : at.Line;
        var column = at.Column < 1 ? 1 : at.Column;
        var fullPath = JoinPath(set.FolderPath, at.Path);
        var offset = 0;
        foreach (var file in set.Files)
        {
            if (file.Path == at.Path)
            {
                fullPath = file.FullPath;
            }
        }

        if (texts.TryGetValue(at.Path, out var text))
        {
            if (text.Length > 0 && text[0] == TemplateSetFiles.ByteOrderMark)
            {
                text = text.Substring(1);
                column = line == 1 && column > 1 ? column - 1 : column;
            }

            offset = TextPositions.Offset(text, line, column);
        }

        var position = new LinePosition(line - 1, column - 1);
        return new LocationInfo(fullPath, new TextSpan(offset, 0), new LinePositionSpan(position, position));
    }

    private static string JoinPath(string folder, string path) => folder.Length == 0 ? path : folder + "/" + path;
}
