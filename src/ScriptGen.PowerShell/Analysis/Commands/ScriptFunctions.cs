using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>What rules read from a function defined in the script: the name it is called by, and the parameters it accepts.</summary>
public static class ScriptFunctions
{
    /// <summary>The name a function is called by: its name without a scope prefix (<c>global:Get-Thing</c> gives <c>Get-Thing</c>).</summary>
    public static string NameOf(FunctionDefinitionNode function)
    {
        var colon = function.Name.IndexOf(':');
        return colon < 0 ? function.Name : function.Name[(colon + 1)..];
    }

    /// <summary>
    /// The parameter table of an advanced function (with [CmdletBinding()] or a [Parameter()] attribute), its aliases and
    /// the common parameters, plus -WhatIf and -Confirm with SupportsShouldProcess. Null when any named argument is
    /// accepted (a simple function puts unknown ones in $args) or the parameters cannot be known (dynamicparam,
    /// ValueFromRemainingArguments).
    /// </summary>
    public static ParameterTable? TableOf(FunctionDefinitionNode function)
    {
        var body = function.Body;
        if (body.DynamicParamBlock is not null)
        {
            return null;
        }

        var advanced = false;
        var shouldProcess = false;
        foreach (var attribute in body.ParamBlock?.AttributeList ?? [])
        {
            if (attribute is AttributeNode cmdletBinding && IsNamed(cmdletBinding, "CmdletBinding"))
            {
                advanced = true;
                shouldProcess = IsSet(cmdletBinding, "SupportsShouldProcess");
            }
        }

        var names = new List<string>();
        var aliases = new List<KeyValuePair<string, IReadOnlyList<string>>>();
        foreach (var parameter in body.ParamBlock?.Parameters ?? function.Parameters)
        {
            var name = parameter.Name.Name;
            names.Add(name);
            foreach (var attribute in parameter.Attributes)
            {
                if (attribute is not AttributeNode declared)
                {
                    continue;
                }

                if (IsNamed(declared, "Parameter"))
                {
                    advanced = true;
                    if (IsSet(declared, "ValueFromRemainingArguments"))
                    {
                        return null;
                    }
                }
                else if (IsNamed(declared, "Alias"))
                {
                    aliases.Add(new(name, declared.Arguments.OfType<StringConstantExpressionNode>().Select(a => a.Value).ToArray()));
                }
            }
        }

        if (!advanced)
        {
            return null;
        }

        if (shouldProcess)
        {
            names.Add("WhatIf");
            names.Add("Confirm");
            aliases.Add(new("WhatIf", ["wi"]));
            aliases.Add(new("Confirm", ["cf"]));
        }

        return ParameterTable.Create(names, aliases, commonParameters: true);
    }

    private static bool IsNamed(AttributeNode attribute, string name)
    {
        var typeName = attribute.TypeName.FullName.AsSpan();
        typeName = typeName[(typeName.LastIndexOf('.') + 1)..];
        if (typeName.EndsWith("Attribute", StringComparison.OrdinalIgnoreCase))
        {
            typeName = typeName[..^"Attribute".Length];
        }

        return typeName.Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsSet(AttributeNode attribute, string argument)
    {
        foreach (var named in attribute.Arguments)
        {
            if (named is NamedAttributeArgumentNode given && given.ArgumentName.Equals(argument, StringComparison.OrdinalIgnoreCase))
            {
                return given.ExpressionOmitted || given.Argument is not VariableExpressionNode { Name: var value } || !value.Equals("false", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
