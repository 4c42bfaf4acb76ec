using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>Reads a function's [CmdletBinding(...)] attribute as PSScriptAnalyzer reads it.</summary>
public static class CmdletBindingAttribute
{
    /// <summary>The [CmdletBinding()] attribute of <paramref name="body"/>'s param block, or null.</summary>
    public static AttributeNode? Find(ScriptBlockNode body)
    {
        if (body.ParamBlock is not { } paramBlock)
        {
            return null;
        }

        foreach (var attribute in paramBlock.AttributeList)
        {
            if (attribute is AttributeNode node && IsCmdletBinding(node.TypeName.FullName))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="body"/> declares [CmdletBinding(SupportsShouldProcess)] with a true value.</summary>
    public static bool SupportsShouldProcess(ScriptBlockNode body) =>
        Find(body) is { } attribute && NamedArgument(attribute, "SupportsShouldProcess") is { } argument && IsTrue(argument);

    /// <summary>The named argument <paramref name="name"/> (ignoring case) of <paramref name="attribute"/>, or null.</summary>
    public static NamedAttributeArgumentNode? NamedArgument(AttributeNode attribute, string name)
    {
        foreach (var argument in attribute.Arguments)
        {
            if (argument is NamedAttributeArgumentNode named && string.Equals(named.ArgumentName, name, StringComparison.OrdinalIgnoreCase))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// True for a named argument without a value (<c>SupportsShouldProcess</c>), <c>$true</c>, or a constant PowerShell
    /// converts to true (a non-zero number, a non-empty string); false for anything else, including computed values.
    /// </summary>
    public static bool IsTrue(NamedAttributeArgumentNode argument) => argument.ExpressionOmitted || argument.Argument switch
    {
        VariableExpressionNode variable => string.Equals(variable.VariablePath.UserPath, "true", StringComparison.OrdinalIgnoreCase),
        ConstantExpressionNode constant => constant.Value switch
        {
            string text => text.Length > 0,
            bool flag => flag,
            IConvertible number => number.ToDouble(System.Globalization.CultureInfo.InvariantCulture) != 0,
            _ => false,
        },
        _ => false,
    };

    private static bool IsCmdletBinding(string name) =>
        name.Equals("CmdletBinding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("CmdletBindingAttribute", StringComparison.OrdinalIgnoreCase)
        || name.Equals("System.Management.Automation.CmdletBinding", StringComparison.OrdinalIgnoreCase)
        || name.Equals("System.Management.Automation.CmdletBindingAttribute", StringComparison.OrdinalIgnoreCase);
}
