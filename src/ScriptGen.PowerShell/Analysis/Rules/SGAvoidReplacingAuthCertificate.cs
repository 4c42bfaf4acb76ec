using ScriptGen.PowerShell.Analysis.Commands;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// <c>Set-AuthConfig -CertificateThumbprint</c> makes a certificate the Exchange organization's Auth certificate at
/// once, on every server. Every OAuth partner (Exchange hybrid, SharePoint, Skype for Business and Teams) fails until
/// it trusts the new certificate, and a script that runs it again swaps the certificate again. Microsoft's own
/// rotation stages the certificate (-NewCertificateThumbprint, -NewCertificateEffectiveDate) and publishes it.
/// </summary>
public sealed class SGAvoidReplacingAuthCertificate : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGAvoidReplacingAuthCertificate),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "Do not replace the organization's Auth certificate with Set-AuthConfig -CertificateThumbprint; reuse it or stage a rollover.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CommandNode>(CheckCommand);

    private static void CheckCommand(CommandNode command, RuleContext context)
    {
        var name = command.GetInvokedName();
        if (name is null || !name.Equals("Set-AuthConfig", StringComparison.OrdinalIgnoreCase) || context.Commands.Find("Set-AuthConfig") is not { } info)
        {
            return;
        }

        if (command.FindParameter(ParameterTable.For(info), "CertificateThumbprint") is not null)
        {
            context.Report(
                command,
                "Set-AuthConfig -CertificateThumbprint makes this certificate the organization's Auth certificate at once, on every server: every OAuth partner (Exchange hybrid, SharePoint, Skype for Business, Teams) fails until it trusts the new certificate, and each re-run swaps it again. Reuse the current certificate ((Get-AuthConfig).CurrentCertificateThumbprint); to replace it, stage it with -NewCertificateThumbprint and -NewCertificateEffectiveDate, then -PublishCertificate and -ClearPreviousCertificate, as Microsoft's MonitorExchangeAuthCertificate.ps1 does.",
                suppressionId: "Set-AuthConfig");
        }
    }
}
