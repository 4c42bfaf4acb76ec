using System.Collections.Generic;
using System.Text.RegularExpressions;
using ScriptGen.Templates.Model;

namespace ScriptGen.Templates.Checking;

/// <summary>Checks the rules of a declaration that span members: names, ids, references, defaults and file names.</summary>
public static class DeclarationChecker
{
    private static readonly Regex SetId = new Regex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    private static readonly Regex CamelName = new Regex("^[a-z][A-Za-z0-9]*$");
    private static readonly Regex VariantId = new Regex("^[a-z][a-z0-9]*$");
    private static readonly Regex StepScript = new Regex("^([0-9]{2})-[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\\.ps1$");
    private static readonly Regex RollbackScript = new Regex("^rollback/([0-9]{2})-[A-Z][a-z]+-[A-Z][A-Za-z0-9]*\\.ps1$");

    /// <summary>Adds a problem for every broken cross-member rule; file presence is checked against <paramref name="files"/>.</summary>
    public static void Check(TemplateSetDeclaration set, ICollection<string> files, string declarationPath, ProblemList problems)
    {
        var top = new SourceLocation(declarationPath, 1, 1);
        if (!SetId.IsMatch(set.Id))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The set id \"{set.Id}\" must be lower-case words joined by hyphens.", top);
        }

        var parameters = CheckParameters(set, top, problems);
        CheckVariants(set, top, problems);
        CheckSteps(set, files, top, problems);
        CheckAdvisories(set, parameters, top, problems);
        CheckLookups(set, parameters, top, problems);
    }

    private static Dictionary<string, ParameterDeclaration> CheckParameters(TemplateSetDeclaration set, SourceLocation top, ProblemList problems)
    {
        var byName = new Dictionary<string, ParameterDeclaration>();
        foreach (var parameter in set.Parameters)
        {
            if (byName.ContainsKey(parameter.Name))
            {
                problems.Add(TemplateProblems.DuplicateId, $"The parameter \"{parameter.Name}\" is declared twice.", parameter.Location);
                continue;
            }

            byName[parameter.Name] = parameter;
            CheckParameter(parameter, problems);
        }

        RequireParameter(byName, BuiltInValues.TenantParameter, ParameterKind.DnsName, top, problems);
        RequireParameter(byName, BuiltInValues.EnvironmentParameter, ParameterKind.FolderName, top, problems);
        foreach (var parameter in set.Parameters)
        {
            if (parameter.RequiredWhen is not null)
            {
                if (parameter.Required)
                {
                    problems.Add(TemplateProblems.InvalidDeclaration, $"Parameter \"{parameter.Name}\" is both \"required\" and \"requiredWhen\".", parameter.Location);
                }

                CheckCondition(parameter.RequiredWhen, byName, set, parameter.Location, problems);
            }
        }

        return byName;
    }

    private static void CheckParameter(ParameterDeclaration parameter, ProblemList problems)
    {
        var at = parameter.Location;
        if (!CamelName.IsMatch(parameter.Name))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The parameter name \"{parameter.Name}\" must be camelCase ASCII (it is also the JSON key and, in kebab case, the CLI option).", at);
        }
        else if (((ICollection<string>)BuiltInValues.ReservedParameterNames).Contains(parameter.Name))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The parameter name \"{parameter.Name}\" is reserved by ScriptGen.", at);
        }

        if (parameter.Required && parameter.Default is not null)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"Parameter \"{parameter.Name}\" is required and has a default; keep one of the two.", at);
        }

        if (parameter.Kind == ParameterKind.Enum)
        {
            if (parameter.AllowedValues.Count == 0)
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"Enum parameter \"{parameter.Name}\" needs \"values\".", at);
            }

            var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (var value in parameter.AllowedValues)
            {
                if (!seen.Add(value))
                {
                    problems.Add(TemplateProblems.DuplicateId, $"Enum parameter \"{parameter.Name}\" lists \"{value}\" twice (values are matched without regard to case).", at);
                }
                else if (!CamelName.IsMatch(value) && !Regex.IsMatch(value, "^[A-Za-z][A-Za-z0-9]*$"))
                {
                    problems.Add(TemplateProblems.InvalidDeclaration, $"Enum value \"{value}\" of \"{parameter.Name}\" must be an ASCII name (letters and digits).", at);
                }
            }

            if (parameter.Default is not null && !Contains(parameter.AllowedValues, parameter.Default))
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The default \"{parameter.Default}\" of \"{parameter.Name}\" is not one of its values.", at);
            }
        }
        else if (parameter.AllowedValues.Count > 0)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"Only enum parameters take \"values\"; \"{parameter.Name}\" is not an enum.", at);
        }

        if (parameter.Kind == ParameterKind.Text && parameter.Pattern is null)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"Text parameter \"{parameter.Name}\" needs a \"pattern\", anchored with ^ and $.", at);
        }
        else if (parameter.Pattern is not null)
        {
            CheckPattern(parameter, problems);
        }
    }

    private static void CheckPattern(ParameterDeclaration parameter, ProblemList problems)
    {
        var pattern = parameter.Pattern!;
        if (parameter.Kind != ParameterKind.Text)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"Only text parameters take a \"pattern\"; the type of \"{parameter.Name}\" has its own rule.", parameter.Location);
            return;
        }

        if (!pattern.StartsWith("^", System.StringComparison.Ordinal) || !pattern.EndsWith("$", System.StringComparison.Ordinal))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The pattern of \"{parameter.Name}\" must be anchored with ^ and $.", parameter.Location);
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
        }
        catch (System.ArgumentException ex)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The pattern of \"{parameter.Name}\" is not a valid regular expression: {ex.Message}", parameter.Location);
        }
    }

    private static void RequireParameter(Dictionary<string, ParameterDeclaration> byName, string name, ParameterKind kind, SourceLocation top, ProblemList problems)
    {
        if (!byName.TryGetValue(name, out var parameter))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"Every template set declares \"{name}\" (type {Camel(kind)}): it names a folder of the bundle path.", top);
        }
        else if (parameter.Kind != kind || !parameter.Required)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"\"{name}\" must be a required parameter of type {Camel(kind)}.", parameter.Location);
        }
    }

    private static void CheckVariants(TemplateSetDeclaration set, SourceLocation top, ProblemList problems)
    {
        var ids = new HashSet<string>();
        var defaults = 0;
        foreach (var variant in set.Variants)
        {
            if (!ids.Add(variant.Id))
            {
                problems.Add(TemplateProblems.DuplicateId, $"The variant \"{variant.Id}\" is declared twice.", top);
            }

            if (!VariantId.IsMatch(variant.Id))
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The variant id \"{variant.Id}\" must be one lower-case ASCII word.", top);
            }

            defaults += variant.IsDefault ? 1 : 0;
            if (variant.IsDefault && variant.IsRetired)
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The variant \"{variant.Id}\" is retired and cannot be the default.", top);
            }
        }

        if (set.Variants.Count == 0 || defaults != 1)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, "A template set declares at least one variant, and exactly one with \"default\": true.", top);
        }
    }

    private static void CheckSteps(TemplateSetDeclaration set, ICollection<string> files, SourceLocation top, ProblemList problems)
    {
        if (set.Steps.Count == 0)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, "A template set declares at least one step.", top);
        }

        var ids = new HashSet<string>();
        var scripts = new HashSet<string>();
        for (var index = 0; index < set.Steps.Count; index++)
        {
            var step = set.Steps[index];
            if (!ids.Add(step.Id))
            {
                problems.Add(TemplateProblems.DuplicateId, $"The step id \"{step.Id}\" is used twice.", step.Location);
            }

            if (!scripts.Add(step.Script))
            {
                problems.Add(TemplateProblems.DuplicateId, $"The script name \"{step.Script}\" is used twice.", step.Location);
            }

            CheckScriptName(step.Script, StepScript, index + 1, "NN-Verb-Noun.ps1", step.Location, problems);
            CheckImplementations(set, step, index + 1, files, problems);
        }
    }

    private static void CheckImplementations(TemplateSetDeclaration set, StepDeclaration step, int number, ICollection<string> files, ProblemList problems)
    {
        var perVariant = step.Implementations.Count > 0 && step.Implementations[0].Variant is not null;
        if (perVariant)
        {
            var covered = new HashSet<string>();
            foreach (var implementation in step.Implementations)
            {
                if (!HasVariant(set, implementation.Variant!))
                {
                    problems.Add(TemplateProblems.InvalidDeclaration, $"Step \"{step.Id}\" names the undeclared variant \"{implementation.Variant}\".", implementation.Location);
                }

                covered.Add(implementation.Variant!);
            }

            foreach (var variant in set.Variants)
            {
                if (!covered.Contains(variant.Id))
                {
                    problems.Add(TemplateProblems.InvalidDeclaration, $"Step \"{step.Id}\" has no implementation for the variant \"{variant.Id}\".", step.Location);
                }
            }
        }

        foreach (var implementation in step.Implementations)
        {
            RequireFile(implementation.Template, files, implementation.Location, problems);
            if (implementation.Rollback is not null)
            {
                RequireFile(implementation.Rollback.Template, files, implementation.Location, problems);
                CheckScriptName(implementation.Rollback.Script, RollbackScript, number, "rollback/NN-Verb-Noun.ps1", implementation.Location, problems);
            }
        }
    }

    private static void CheckScriptName(string script, Regex pattern, int number, string shape, SourceLocation at, ProblemList problems)
    {
        var match = pattern.Match(script);
        if (!match.Success)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The script name \"{script}\" must have the shape {shape}.", at);
        }
        else if (match.Groups[1].Value != number.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"The script name \"{script}\" must start with {number:00}, its step's position in run order.", at);
        }
    }

    private static void RequireFile(string path, ICollection<string> files, SourceLocation at, ProblemList problems)
    {
        if (path.Length > 0 && !files.Contains(path))
        {
            problems.Add(TemplateProblems.MissingFile, $"The template \"{path}\" does not exist in the template set's folder.", at);
        }
    }

    private static void CheckAdvisories(TemplateSetDeclaration set, Dictionary<string, ParameterDeclaration> parameters, SourceLocation top, ProblemList problems)
    {
        var ids = new HashSet<string>();
        foreach (var advisory in set.Advisories)
        {
            if (!ids.Add(advisory.Id))
            {
                problems.Add(TemplateProblems.DuplicateId, $"The advisory \"{advisory.Id}\" is declared twice.", top);
            }

            if (!SetId.IsMatch(advisory.Id))
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The advisory id \"{advisory.Id}\" must be lower-case words joined by hyphens.", top);
            }

            if (advisory.When is not null)
            {
                CheckCondition(advisory.When, parameters, set, top, problems);
            }
        }
    }

    private static void CheckLookups(TemplateSetDeclaration set, Dictionary<string, ParameterDeclaration> parameters, SourceLocation top, ProblemList problems)
    {
        var tables = new HashSet<string>();
        var cellNames = new HashSet<string>();
        foreach (var table in set.Lookups)
        {
            if (!tables.Add(table.Parameter))
            {
                problems.Add(TemplateProblems.DuplicateId, $"Two lookup tables are keyed by \"{table.Parameter}\".", top);
            }

            if (!parameters.TryGetValue(table.Parameter, out var key) || key.Kind != ParameterKind.Enum)
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The lookup table key \"{table.Parameter}\" must be a declared enum parameter.", top);
                continue;
            }

            CheckLookupRows(table, key, top, problems);
            if (table.Rows.Count == 0)
            {
                continue;
            }

            foreach (var cell in table.Rows[0].Cells)
            {
                if (!CamelName.IsMatch(cell.Name))
                {
                    problems.Add(TemplateProblems.InvalidDeclaration, $"The lookup value name \"{cell.Name}\" must be camelCase ASCII.", top);
                }
                else if (!cellNames.Add(cell.Name) || parameters.ContainsKey(cell.Name) || BuiltInValues.IsBuiltIn(cell.Name))
                {
                    problems.Add(TemplateProblems.DuplicateId, $"The lookup value name \"{cell.Name}\" is already a parameter, a built-in or another lookup value.", top);
                }
            }
        }
    }

    private static void CheckLookupRows(LookupTableDeclaration table, ParameterDeclaration key, SourceLocation top, ProblemList problems)
    {
        foreach (var value in key.AllowedValues)
        {
            if (FindRow(table, value) is null)
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The lookup table for \"{table.Parameter}\" has no row for \"{value}\".", top);
            }
        }

        var firstNames = table.Rows.Count > 0 ? Names(table.Rows[0]) : string.Empty;
        foreach (var row in table.Rows)
        {
            if (!Contains(key.AllowedValues, row.Value))
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"The lookup table for \"{table.Parameter}\" has a row for \"{row.Value}\", which is not one of its values.", top);
            }

            if (Names(row) != firstNames)
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"Lookup row \"{row.Value}\" must have the same value names, in the same order, as the first row ({firstNames}).", top);
            }
        }
    }

    private static void CheckCondition(ParameterCondition condition, Dictionary<string, ParameterDeclaration> parameters, TemplateSetDeclaration set, SourceLocation at, ProblemList problems)
    {
        EquatableArray<string> allowed;
        if (condition.Parameter == BuiltInValues.Variant)
        {
            var ids = new List<string>();
            foreach (var variant in set.Variants)
            {
                ids.Add(variant.Id);
            }

            allowed = new EquatableArray<string>(ids);
        }
        else if (parameters.TryGetValue(condition.Parameter, out var parameter) && parameter.Kind == ParameterKind.Enum)
        {
            allowed = parameter.AllowedValues;
        }
        else
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"A condition names \"{condition.Parameter}\", which is neither \"variant\" nor a declared enum parameter.", at);
            return;
        }

        if (condition.Values.Count == 0)
        {
            problems.Add(TemplateProblems.InvalidDeclaration, $"A condition on \"{condition.Parameter}\" lists no values.", at);
        }

        foreach (var value in condition.Values)
        {
            if (!Contains(allowed, value))
            {
                problems.Add(TemplateProblems.InvalidDeclaration, $"A condition on \"{condition.Parameter}\" names \"{value}\", which it cannot take.", at);
            }
        }
    }

    private static bool HasVariant(TemplateSetDeclaration set, string id)
    {
        foreach (var variant in set.Variants)
        {
            if (variant.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private static LookupRow? FindRow(LookupTableDeclaration table, string value)
    {
        foreach (var row in table.Rows)
        {
            if (row.Value == value)
            {
                return row;
            }
        }

        return null;
    }

    private static string Names(LookupRow row)
    {
        var names = new List<string>();
        foreach (var cell in row.Cells)
        {
            names.Add(cell.Name);
        }

        return string.Join(", ", names);
    }

    private static bool Contains(EquatableArray<string> values, string value)
    {
        foreach (var item in values)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }

    private static string Camel(ParameterKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
