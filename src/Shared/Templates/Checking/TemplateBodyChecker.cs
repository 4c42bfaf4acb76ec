using System.Collections.Generic;
using ScriptGen.Templates.Model;
using ScriptGen.Templates.Scanning;

namespace ScriptGen.Templates.Checking;

/// <summary>
/// Checks the tags of template and partial files: known names only, no raw output, balanced blocks, known helpers
/// and partials, no partial cycles. Records which parameters the templates use.
/// </summary>
public sealed class TemplateBodyChecker
{
    /// <summary>The folder, within a set, whose <c>&lt;name&gt;.ps1.hbs</c> files are the partials <c>{{&gt; name}}</c>.</summary>
    public const string PartialFolder = "partials/";

    /// <summary>The file name ending of partials.</summary>
    public const string PartialSuffix = ".ps1.hbs";

    private readonly TemplateSetDeclaration _set;
    private readonly ProblemList _problems;
    private readonly Dictionary<string, string> _valueOwners = new Dictionary<string, string>();
    private readonly Dictionary<string, EquatableArray<string>> _enumValues = new Dictionary<string, EquatableArray<string>>();
    private readonly HashSet<string> _usedParameters = new HashSet<string>();

    public TemplateBodyChecker(TemplateSetDeclaration set, ProblemList problems)
    {
        _set = set;
        _problems = problems;
        foreach (var parameter in set.Parameters)
        {
            _valueOwners[parameter.Name] = parameter.Name;
            if (parameter.Kind == ParameterKind.Enum)
            {
                _enumValues[parameter.Name] = parameter.AllowedValues;
            }
        }

        foreach (var table in set.Lookups)
        {
            if (table.Rows.Count > 0)
            {
                foreach (var cell in table.Rows[0].Cells)
                {
                    _valueOwners[cell.Name] = table.Parameter;
                }
            }
        }

        var variants = new List<string>();
        foreach (var variant in set.Variants)
        {
            variants.Add(variant.Id);
        }

        _enumValues[BuiltInValues.Variant] = new EquatableArray<string>(variants);
    }

    /// <summary>Parameters some template refers to, directly, through a lookup value or in a comparison.</summary>
    public IReadOnlyCollection<string> UsedParameters => _usedParameters;

    /// <summary>The partial name of a file path, or null when the path is not a partial.</summary>
    public static string? PartialName(string path) =>
        path.StartsWith(PartialFolder, System.StringComparison.Ordinal) && path.EndsWith(PartialSuffix, System.StringComparison.Ordinal)
            ? path.Substring(PartialFolder.Length, path.Length - PartialFolder.Length - PartialSuffix.Length)
            : null;

    /// <summary>Checks one file and returns the partials it includes.</summary>
    public IReadOnlyList<string> CheckFile(string path, string text, ICollection<string> partials)
    {
        var included = new List<string>();
        var open = new Stack<TemplateTag>();
        foreach (var tag in TemplateScanner.Scan(text))
        {
            var at = new SourceLocation(path, tag.Line, tag.Column);
            switch (tag.Kind)
            {
                case TemplateTagKind.Raw:
                    _problems.Add(TemplateProblems.RawOutput, $"Raw output is not allowed: {tag.Detail}.", at);
                    break;
                case TemplateTagKind.Unsupported:
                case TemplateTagKind.Unterminated:
                    _problems.Add(TemplateProblems.UnsupportedExpression, $"Unsupported tag \"{tag.Name}\": {tag.Detail}.", at);
                    break;
                case TemplateTagKind.Value:
                    UseValue(tag.Name, at);
                    break;
                case TemplateTagKind.Helper:
                    CheckHelper(tag, at);
                    break;
                case TemplateTagKind.BlockOpen:
                    CheckBlock(tag, at);
                    open.Push(tag);
                    break;
                case TemplateTagKind.BlockClose:
                    Close(open, tag, at);
                    break;
                case TemplateTagKind.Else:
                    if (open.Count == 0)
                    {
                        _problems.Add(TemplateProblems.UnbalancedBlock, "{{else}} appears outside any block.", at);
                    }

                    break;
                case TemplateTagKind.Partial:
                    CheckPartial(tag, at, partials, included);
                    break;
            }
        }

        foreach (var tag in open)
        {
            _problems.Add(TemplateProblems.UnbalancedBlock, $"The block {{{{#{tag.Name}}}}} is never closed with {{{{/{tag.Name}}}}}.", new SourceLocation(path, tag.Line, tag.Column));
        }

        return included;
    }

    private void CheckHelper(TemplateTag tag, SourceLocation at)
    {
        if (tag.Name != "comment" || tag.Arguments.Count != 1 || tag.Arguments[0].IsLiteral)
        {
            _problems.Add(TemplateProblems.UnsupportedExpression, $"Unknown helper call \"{tag.Name}\"; the only inline helper is {{{{comment name}}}}.", at);
            return;
        }

        UseValue(tag.Arguments[0].Text, at);
    }

    private void CheckBlock(TemplateTag tag, SourceLocation at)
    {
        var arguments = tag.Arguments;
        switch (tag.Name)
        {
            case "if":
            case "unless":
                if (arguments.Count != 1 || arguments[0].IsLiteral)
                {
                    _problems.Add(TemplateProblems.UnsupportedExpression, $"{{{{#{tag.Name}}}}} takes exactly one name.", at);
                    return;
                }

                UseValue(arguments[0].Text, at);
                return;
            case "ifEquals":
                if (arguments.Count != 2 || arguments[0].IsLiteral || !arguments[1].IsLiteral)
                {
                    _problems.Add(TemplateProblems.UnsupportedExpression, "{{#ifEquals}} takes a name and a quoted value: {{#ifEquals cloud \"China\"}}.", at);
                    return;
                }

                UseValue(arguments[0].Text, at);
                CheckComparedValue(arguments[0].Text, arguments[1].Text, at);
                return;
            default:
                _problems.Add(TemplateProblems.UnsupportedExpression, $"Unknown block helper \"{tag.Name}\"; blocks are #if, #unless and #ifEquals.", at);
                return;
        }
    }

    private void CheckComparedValue(string name, string value, SourceLocation at)
    {
        if (!_enumValues.TryGetValue(name, out var allowed))
        {
            _problems.Add(TemplateProblems.UnsupportedExpression, $"{{{{#ifEquals}}}} compares enum parameters and \"variant\" only; \"{name}\" is not one.", at);
            return;
        }

        foreach (var item in allowed)
        {
            if (item == value)
            {
                return;
            }
        }

        _problems.Add(TemplateProblems.UnsupportedExpression, $"\"{name}\" can never equal \"{value}\"; its values are {string.Join(", ", allowed)}.", at);
    }

    private void Close(Stack<TemplateTag> open, TemplateTag tag, SourceLocation at)
    {
        if (open.Count == 0)
        {
            _problems.Add(TemplateProblems.UnbalancedBlock, $"{{{{/{tag.Name}}}}} closes a block that was never opened.", at);
            return;
        }

        var top = open.Pop();
        if (top.Name != tag.Name)
        {
            _problems.Add(TemplateProblems.UnbalancedBlock, $"{{{{/{tag.Name}}}}} closes {{{{#{top.Name}}}}} opened at line {top.Line}.", at);
        }
    }

    private void CheckPartial(TemplateTag tag, SourceLocation at, ICollection<string> partials, List<string> included)
    {
        if (tag.Arguments.Count > 0)
        {
            _problems.Add(TemplateProblems.UnsupportedExpression, "A partial takes no arguments: it sees the same values as the template that includes it.", at);
        }

        if (!partials.Contains(tag.Name))
        {
            _problems.Add(TemplateProblems.MissingFile, $"The partial \"{tag.Name}\" does not exist (expected {PartialFolder}{tag.Name}{PartialSuffix}).", at);
            return;
        }

        included.Add(tag.Name);
    }

    private void UseValue(string name, SourceLocation at)
    {
        if (_valueOwners.TryGetValue(name, out var owner))
        {
            _usedParameters.Add(owner);
            return;
        }

        if (!BuiltInValues.IsBuiltIn(name))
        {
            _problems.Add(TemplateProblems.UndeclaredParameter, $"\"{name}\" is not a declared parameter, lookup value or built-in value.", at);
        }
    }
}
