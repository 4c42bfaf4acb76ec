using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>$global:</c> variables outlive the script and are shared with everything in the session, so scripts that use
/// them depend on, and change, state they do not own. PowerShell's own automatic and preference variables
/// (<c>$global:LASTEXITCODE</c>, <c>$global:ErrorActionPreference</c>) are exempt.
/// </summary>
public sealed class PSAvoidGlobalVars : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidGlobalVars),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Do not use $global: variables; pass values as parameters or keep them in script scope.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<VariableExpressionNode>(Check);

    private static void Check(VariableExpressionNode variable, RuleContext context)
    {
        if (variable.VariablePath.IsGlobal && !SpecialVariables.Contains(variable.VariablePath.Name))
        {
            var path = variable.VariablePath.UserPath;
            context.Report(
                variable,
                $"'{path}' is a global variable: it outlives the script and any code in the session can read or change it. Pass the value as a parameter or return it, or use $script: scope.",
                path);
        }
    }
}
