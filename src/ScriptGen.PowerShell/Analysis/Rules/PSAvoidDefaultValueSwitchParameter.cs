using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A switch is meant to be off unless given. Defaulting it to $true leaves callers only the odd <c>-Switch:$false</c> to
/// turn it off, and reads backwards at every call site. Reported for <c>= $true</c> exactly, as in PSScriptAnalyzer.
/// </summary>
public sealed class PSAvoidDefaultValueSwitchParameter : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidDefaultValueSwitchParameter),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Switch parameters should not default to $true: name the switch for the non-default behaviour instead.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<ParameterNode>(Check);

    private static void Check(ParameterNode parameter, RuleContext context)
    {
        if (parameter.DefaultValue is not { } value
            || !value.Text.Equals("$true", StringComparison.OrdinalIgnoreCase)
            || !IsSwitch(parameter))
        {
            return;
        }

        context.Report(
            parameter,
            $"The switch parameter ${parameter.Name.VariablePath.UserPath} defaults to $true, so callers can turn it off only with -{parameter.Name.VariablePath.UserPath}:$false. Remove the default and name the switch for the behaviour it turns on.");
    }

    private static bool IsSwitch(ParameterNode parameter)
    {
        foreach (var attribute in parameter.Attributes)
        {
            if (KnownTypeNames.IsSwitch(attribute.TypeName))
            {
                return true;
            }
        }

        return false;
    }
}
