using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A function whose verb says it changes state (New, Set, Remove, Start, Stop, Restart, Reset, Update) must support
/// -WhatIf and -Confirm through [CmdletBinding(SupportsShouldProcess)]. Workflows cannot declare it and are skipped.
/// </summary>
public sealed class PSUseShouldProcessForStateChangingFunctions : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSUseShouldProcessForStateChangingFunctions),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Functions whose verb changes state must declare [CmdletBinding(SupportsShouldProcess)].");

    private static readonly string[] StateChangingVerbs = ["New-", "Set-", "Remove-", "Start-", "Stop-", "Restart-", "Reset-", "Update-"];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<FunctionDefinitionNode>(Check);

    private static void Check(FunctionDefinitionNode function, RuleContext context)
    {
        if (function.IsWorkflow || !IsStateChanging(function.Name) || CmdletBindingAttribute.SupportsShouldProcess(function.Body))
        {
            return;
        }

        context.Report(
            function.NameToken.Span,
            $"Function '{function.Name}' has a verb that changes system state but does not support -WhatIf and -Confirm. Declare [CmdletBinding(SupportsShouldProcess)] in its param block and call $PSCmdlet.ShouldProcess() before each change.");
    }

    // As PSScriptAnalyzer compares: the name as written, so a scope-qualified name (global:Set-X) does not count.
    private static bool IsStateChanging(string name)
    {
        foreach (var verb in StateChangingVerbs)
        {
            if (name.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
