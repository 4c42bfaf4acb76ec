using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGAvoidReplacingAuthCertificateTests
{
    private const string Rule = "SGAvoidReplacingAuthCertificate";

    [Fact]
    public void Setting_the_current_auth_certificate_is_reported()
    {
        const string script = "Set-AuthConfig -CertificateThumbprint $c.Thumbprint\nset-authconfig -Cert:$t -SkipImmediateCertificateDeployment -Force\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(["1:1 'Set-AuthConfig -CertificateThumbprint $c.Thumbprint'", "2:1 'set-authconfig -Cert:$t -SkipImmediateCertificateDeployment -Force'"], RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Set-AuthConfig -CertificateThumbprint makes this certificate the organization's Auth certificate at once, on every server: every OAuth partner (Exchange hybrid, SharePoint, Skype for Business, Teams) fails until it trusts the new certificate, and each re-run swaps it again. Reuse the current certificate ((Get-AuthConfig).CurrentCertificateThumbprint); to replace it, stage it with -NewCertificateThumbprint and -NewCertificateEffectiveDate, then -PublishCertificate and -ClearPreviousCertificate, as Microsoft's MonitorExchangeAuthCertificate.ps1 does.",
            findings[0].Message);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
    }

    [Theory]
    [InlineData("Set-AuthConfig -NewCertificateThumbprint $t -NewCertificateEffectiveDate (Get-Date) -Force")]
    [InlineData("Set-AuthConfig -PublishCertificate\nSet-AuthConfig -ClearPreviousCertificate")]
    [InlineData("$thumbprint = (Get-AuthConfig).CurrentCertificateThumbprint")]
    [InlineData("Set-AuthServer -Identity MicrosoftSts -AuthMetadataUrl $url")]
    [InlineData("Write-Output 'Set-AuthConfig -CertificateThumbprint is dangerous'")]
    public void The_staged_rollover_and_other_commands_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
