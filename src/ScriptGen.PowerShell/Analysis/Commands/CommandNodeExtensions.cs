using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>How rules read a command invocation: the name PowerShell looks up, its parameters and their arguments.</summary>
public static class CommandNodeExtensions
{
    /// <summary>
    /// The command name PowerShell looks up, without a module qualifier (<c>Microsoft.PowerShell.Core\Get-Help</c> gives
    /// <c>Get-Help</c>); null when the name is computed, or is a path to a script or program.
    /// </summary>
    public static string? GetInvokedName(this CommandNode command)
    {
        var name = command.GetCommandName();
        if (string.IsNullOrEmpty(name) || name[0] is '.' or '~' || name.Contains('/') || name.Contains(':'))
        {
            return null;
        }

        var separator = name.LastIndexOf('\\');
        return separator < 0 ? name : separator == name.Length - 1 ? null : name[(separator + 1)..];
    }

    /// <summary>The first parameter of <paramref name="command"/> that binds to <paramref name="parameter"/> in <paramref name="table"/>, or null.</summary>
    public static CommandParameterNode? FindParameter(this CommandNode command, ParameterTable table, string parameter)
    {
        foreach (var element in command.Elements)
        {
            if (element is CommandParameterNode given && string.Equals(table.Match(given.ParameterName).Parameter, parameter, StringComparison.OrdinalIgnoreCase))
            {
                return given;
            }
        }

        return null;
    }

    /// <summary>The argument of a parameter: after its colon, or the element that follows it; null for a switch written alone.</summary>
    public static ExpressionNode? GetArgument(this CommandNode command, CommandParameterNode parameter)
    {
        if (parameter.Argument is not null)
        {
            return parameter.Argument;
        }

        var elements = command.Elements;
        for (var i = 0; i < elements.Count - 1; i++)
        {
            if (ReferenceEquals(elements[i], parameter))
            {
                return elements[i + 1] as ExpressionNode;
            }
        }

        return null;
    }

    /// <summary>True when an argument is splatted (<c>@params</c>), so its parameters cannot be known.</summary>
    public static bool HasSplatting(this CommandNode command)
    {
        foreach (var element in command.Elements)
        {
            if (element is VariableExpressionNode { Splatted: true })
            {
                return true;
            }
        }

        return false;
    }
}
