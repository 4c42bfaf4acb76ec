using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Reads what a command passes to a named parameter without knowing the command, as PSScriptAnalyzer's parameter rules
/// (AvoidParameterGeneric) do: the value after <c>-Name:</c>, else the element right after <c>-Name</c>.
/// </summary>
internal static class ParameterArgument
{
    /// <summary>
    /// The constant given to the parameter at <paramref name="index"/> of <paramref name="command"/>'s elements, or null
    /// when its value is not a constant (a variable, an expression, another parameter) or there is none.
    /// </summary>
    public static ConstantExpressionNode? ConstantOf(CommandNode command, int index)
    {
        if (command.Elements[index] is not CommandParameterNode parameter)
        {
            return null;
        }

        if (parameter.Argument is not null)
        {
            return parameter.Argument as ConstantExpressionNode;
        }

        var elements = command.Elements;
        for (var next = index + 1; next < elements.Count; next++)
        {
            if (elements[next] is CommandElementNode element)
            {
                return element as ConstantExpressionNode;
            }
        }

        return null;
    }

    /// <summary>True when the element at <paramref name="index"/> is the parameter <paramref name="name"/>, written in full (any case).</summary>
    public static bool IsParameter(CommandNode command, int index, string name) =>
        command.Elements[index] is CommandParameterNode parameter && string.Equals(parameter.ParameterName, name, StringComparison.OrdinalIgnoreCase);
}
