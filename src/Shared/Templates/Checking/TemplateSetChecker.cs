using System.Collections.Generic;
using ScriptGen.Templates.Model;
using ScriptGen.Templates.Reading;

namespace ScriptGen.Templates.Checking;

/// <summary>
/// Reads and checks a whole template set: its declaration and every template and partial file. The build
/// (generator) and the run time (<c>--templates</c>) both call this, so both apply the same rules.
/// </summary>
public static class TemplateSetChecker
{
    /// <summary>
    /// Checks a set given as files: relative paths with forward slashes (<c>template-set.json</c>,
    /// <c>steps/01-X.ps1.hbs</c>, <c>partials/name.ps1.hbs</c>) to their text.
    /// </summary>
    public static TemplateSetCheckResult Check(IReadOnlyDictionary<string, string> files)
    {
        var problems = new ProblemList();
        ReportByteOrderMarks(files, problems);
        if (!files.TryGetValue(DeclarationReader.FileName, out var json))
        {
            problems.Add(TemplateProblems.MissingFile, $"The template set has no {DeclarationReader.FileName}.", new SourceLocation(DeclarationReader.FileName, 1, 1));
            return new TemplateSetCheckResult(null, problems.Items);
        }

        var read = DeclarationReader.Read(json);
        problems.AddRange(read.Problems);
        if (read.Declaration is null)
        {
            return new TemplateSetCheckResult(null, problems.Items);
        }

        var set = read.Declaration;
        var paths = new HashSet<string>(files.Keys);
        DeclarationChecker.Check(set, paths, DeclarationReader.FileName, problems);
        CheckBodies(set, files, problems);
        return new TemplateSetCheckResult(set, problems.Items);
    }

    /// <summary>
    /// A file's hash is taken over its bytes at run time but over the UTF-8 of its text at build time; the two agree
    /// only without a BOM. Strict UTF-8 decoding keeps a BOM as U+FEFF, so the text shows it.
    /// </summary>
    private static void ReportByteOrderMarks(IReadOnlyDictionary<string, string> files, ProblemList problems)
    {
        var paths = new List<string>(files.Keys);
        paths.Sort(System.StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (files[path].Length > 0 && files[path][0] == TemplateSetFiles.ByteOrderMark)
            {
                problems.Add(TemplateProblems.NotUtf8, "The file starts with a UTF-8 byte-order mark; save it without one.", new SourceLocation(path, 1, 1));
            }
        }
    }

    private static void CheckBodies(TemplateSetDeclaration set, IReadOnlyDictionary<string, string> files, ProblemList problems)
    {
        var partials = new HashSet<string>();
        foreach (var path in files.Keys)
        {
            var name = TemplateBodyChecker.PartialName(path);
            if (name is not null)
            {
                partials.Add(name);
            }
        }

        var checker = new TemplateBodyChecker(set, problems);
        var includes = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var path in TemplatePaths(set, files))
        {
            includes[path] = checker.CheckFile(path, files[path], partials);
        }

        ReportPartialCycles(includes, problems);
        foreach (var parameter in set.Parameters)
        {
            var usedByTool = parameter.Name == BuiltInValues.TenantParameter || parameter.Name == BuiltInValues.EnvironmentParameter;
            if (!usedByTool && !Contains(checker.UsedParameters, parameter.Name))
            {
                problems.Add(TemplateProblems.UnusedParameter, $"The parameter \"{parameter.Name}\" is declared but no template uses it.", parameter.Location);
            }
        }
    }

    /// <summary>Every step and rollback template that exists, then every partial, in a stable order.</summary>
    private static List<string> TemplatePaths(TemplateSetDeclaration set, IReadOnlyDictionary<string, string> files)
    {
        var paths = new List<string>();
        void Add(string path)
        {
            if (files.ContainsKey(path) && !paths.Contains(path))
            {
                paths.Add(path);
            }
        }

        foreach (var step in set.Steps)
        {
            foreach (var implementation in step.Implementations)
            {
                Add(implementation.Template);
                if (implementation.Rollback is not null)
                {
                    Add(implementation.Rollback.Template);
                }
            }
        }

        var partialPaths = new List<string>();
        foreach (var path in files.Keys)
        {
            if (TemplateBodyChecker.PartialName(path) is not null)
            {
                partialPaths.Add(path);
            }
        }

        partialPaths.Sort(System.StringComparer.Ordinal);
        foreach (var path in partialPaths)
        {
            Add(path);
        }

        return paths;
    }

    private static void ReportPartialCycles(Dictionary<string, IReadOnlyList<string>> includes, ProblemList problems)
    {
        foreach (var start in includes.Keys)
        {
            var name = TemplateBodyChecker.PartialName(start);
            if (name is not null && Reaches(includes, name, name, new HashSet<string>()))
            {
                problems.Add(TemplateProblems.UnsupportedExpression, $"The partial \"{name}\" includes itself, directly or through other partials.", new SourceLocation(start, 1, 1));
            }
        }
    }

    private static bool Reaches(Dictionary<string, IReadOnlyList<string>> includes, string from, string target, HashSet<string> seen)
    {
        var path = TemplateBodyChecker.PartialFolder + from + TemplateBodyChecker.PartialSuffix;
        if (!seen.Add(from) || !includes.TryGetValue(path, out var children))
        {
            return false;
        }

        foreach (var child in children)
        {
            if (child == target || Reaches(includes, child, target, seen))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyCollection<string> items, string value)
    {
        foreach (var item in items)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }
}
