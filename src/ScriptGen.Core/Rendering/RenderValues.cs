using System.Globalization;
using ScriptGen.Core.Catalog;
using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Model;

namespace ScriptGen.Core.Rendering;

/// <summary>
/// Builds what a template sees: parameters, lookup values and built-ins, by name. A value that was not given (or is
/// empty) is null: <c>{{#if}}</c> treats it as missing and <c>{{name}}</c> refuses to render it.
/// </summary>
public static class RenderValues
{
    /// <summary>The values for rendering <paramref name="script"/> of <paramref name="set"/>.</summary>
    public static Dictionary<string, string?> For(TemplateSet set, ParameterValues values, ScriptToRender script, string toolVersion)
    {
        var context = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in values.Values)
        {
            Put(context, name, value);
        }

        foreach (var table in set.Declaration.Lookups)
        {
            var key = values[table.Parameter];
            var row = table.Rows.FirstOrDefault(r => r.Value == key);
            foreach (var cell in table.Rows[0].Cells)
            {
                Put(context, cell.Name, row?.Cells.FirstOrDefault(c => c.Name == cell.Name)?.Value);
            }
        }

        Put(context, BuiltInValues.Variant, values.Variant);
        Put(context, BuiltInValues.ToolVersion, toolVersion);
        Put(context, BuiltInValues.TemplateSetId, set.Id);
        Put(context, BuiltInValues.TemplateId, script.TemplatePath);
        Put(context, BuiltInValues.TemplateSha256, set.Files[script.TemplatePath].Sha256);
        Put(context, BuiltInValues.ScriptName, script.ScriptPath);
        Put(context, BuiltInValues.StepNumber, script.StepNumber.ToString(CultureInfo.InvariantCulture));
        Put(context, BuiltInValues.StepCount, set.Declaration.Steps.Count.ToString(CultureInfo.InvariantCulture));
        Put(context, BuiltInValues.StepTitle, script.StepTitle);
        return context;
    }

    private static void Put(Dictionary<string, string?> context, string name, string? value) =>
        context[name] = string.IsNullOrEmpty(value) ? null : value;
}
