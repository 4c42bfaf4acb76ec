using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// The WMI cmdlets use DCOM, which firewalls often block, and are gone from PowerShell 7; the CIM cmdlets (PowerShell 3.0
/// and later) do the same over WS-Management. A script that declares <c>#requires -Version 1</c> or <c>2</c> cannot use the
/// CIM cmdlets and is not reported. Only the cmdlets' own names count (gwmi is the alias rule's business), as in PSScriptAnalyzer.
/// </summary>
public sealed class PSAvoidUsingWMICmdlet : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingWMICmdlet),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "Use the CIM cmdlets (Get-CimInstance ...) instead of the WMI cmdlets, which PowerShell 7 no longer has.");

    private static readonly Dictionary<string, string> Replacements = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Get-WmiObject"] = "Get-CimInstance",
        ["Remove-WmiObject"] = "Remove-CimInstance",
        ["Invoke-WmiMethod"] = "Invoke-CimMethod",
        ["Register-WmiEvent"] = "Register-CimIndicationEvent",
        ["Set-WmiInstance"] = "Set-CimInstance or New-CimInstance",
    };

    private bool? _requiresVersion1Or2;

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(Check);

    private void Check(CommandNode command, RuleContext context)
    {
        if (command.GetCommandName() is not { } name || !Replacements.TryGetValue(name, out var replacement))
        {
            return;
        }

        _requiresVersion1Or2 ??= context.Parse.Requirements.RequiredPSVersion?.Major is 1 or 2;
        if (_requiresVersion1Or2 == false)
        {
            context.Report(command, $"{name} is a WMI cmdlet: it uses DCOM, which firewalls often block, and PowerShell 7 no longer has it. Use {replacement}, which works over WS-Management.");
        }
    }
}
