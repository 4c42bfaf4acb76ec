using System.CommandLine;
using ScriptGen.Core.Parameters;
using ScriptGen.Templates.Model;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// The options of a template set's parameters, made from its declaration: one string option per parameter plus
/// --variant. No option is marked Required and none has a default here: required-ness and defaults apply after
/// --params is merged, in <see cref="ParameterValidator"/>.
/// </summary>
public sealed class ParameterOptions
{
    private readonly List<(string Name, Option<string> Option)> _options = [];

    public ParameterOptions(TemplateSetDeclaration set)
    {
        foreach (var parameter in set.Parameters)
        {
            _options.Add((parameter.Name, new Option<string>(ParameterNames.ToOption(parameter.Name))
            {
                Description = Describe(parameter),
                HelpName = parameter.Kind == ParameterKind.Enum ? string.Join('|', parameter.AllowedValues) : HelpName(parameter),
            }));
        }

        var variants = string.Join('|', set.Variants.Select(v => v.Id));
        _options.Add((BuiltInValues.Variant, new Option<string>("--variant")
        {
            Description = "Which implementation of the steps to generate. Default: " + set.Variants.First(v => v.IsDefault).Id + ". " +
                string.Join(" ", set.Variants.Select(v => $"{v.Id}: {v.Title}{(v.IsRetired ? " (retired: needs --allow-retired)" : string.Empty)}.")),
            HelpName = variants,
        }));
    }

    /// <summary>Every option, in declaration order, --variant last.</summary>
    public IEnumerable<Option> All => _options.Select(o => o.Option);

    /// <summary>The values typed on the command line, keyed by parameter name; options not given are absent.</summary>
    public IReadOnlyDictionary<string, string?> ValuesFrom(ParseResult parseResult)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, option) in _options)
        {
            if (parseResult.GetResult(option) is { Implicit: false })
            {
                values[name] = parseResult.GetValue(option);
            }
        }

        return values;
    }

    private static string Describe(ParameterDeclaration parameter)
    {
        var text = parameter.Description.TrimEnd('.') + ".";
        if (parameter.Required)
        {
            text += " Required.";
        }
        else if (parameter.RequiredWhen is { } condition)
        {
            text += $" Required when {condition.Parameter} is {ParameterRules.FormatChoices(condition.Values)}.";
        }

        if (parameter.Default is not null)
        {
            text += $" Default: {parameter.Default}.";
        }

        if (parameter.Example is not null)
        {
            text += $" Example: {parameter.Example}.";
        }

        return text;
    }

    private static string HelpName(ParameterDeclaration parameter) => parameter.Kind switch
    {
        ParameterKind.DnsName => "domain",
        ParameterKind.Fqdn => "fqdn",
        ParameterKind.FolderName => "name",
        ParameterKind.HttpsUri => "https-uri",
        _ => parameter.Name,
    };
}
