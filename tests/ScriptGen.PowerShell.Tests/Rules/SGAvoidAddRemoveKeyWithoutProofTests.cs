using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class SGAvoidAddRemoveKeyWithoutProofTests
{
    private const string Rule = "SGAvoidAddRemoveKeyWithoutProof";

    [Fact]
    public void Key_cmdlets_without_a_proof_are_reported()
    {
        const string script = "Add-MgServicePrincipalKey -ServicePrincipalId $id -KeyCredential $key\nRemove-MgApplicationKey -ApplicationId $id -KeyId $keyId\nAdd-MgBetaServicePrincipalKey -ServicePrincipalId $id -KeyCredential $key\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal(
            ["1:1 'Add-MgServicePrincipalKey -ServicePrincipalId $id -KeyCredential $key'", "2:1 'Remove-MgApplicationKey -ApplicationId $id -KeyId $keyId'", "3:1 'Add-MgBetaServicePrincipalKey -ServicePrincipalId $id -KeyCredential $key'"],
            RuleAssert.Describe(findings, script));
        Assert.Equal(
            "Add-MgServicePrincipalKey calls Microsoft Graph's addKey action without -Proof. addKey requires a proof: a JWT signed with the private key of a certificate the service principal already holds, so it fails for an administrator (\"Insufficient privileges\") and cannot add a first key. To add or remove a certificate as an administrator, write the whole keyCredentials list instead: PATCH servicePrincipals/{id} (or applications/{id}) with Invoke-MgGraphRequest, or Update-MgServicePrincipal -KeyCredentials.",
            findings[0].Message);
        Assert.StartsWith("Remove-MgApplicationKey calls Microsoft Graph's removeKey action without -Proof. removeKey requires a proof: a JWT signed with the private key of a certificate the application already holds", findings[1].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(DiagnosticSeverity.Error, f.Severity));
    }

    [Fact]
    public void A_body_parameter_built_without_a_proof_is_reported()
    {
        const string script = "$params = @{\n    keyCredential = @{ type = 'AsymmetricX509Cert'; usage = 'Verify'; key = $b64 }\n}\nAdd-MgServicePrincipalKey -ServicePrincipalId $p.Id -BodyParameter $params\n";

        var finding = Assert.Single(RuleAssert.Findings(Rule, script));

        Assert.Equal("Add-MgServicePrincipalKey -ServicePrincipalId $p.Id -BodyParameter $params", script.Substring(finding.Span.Start, finding.Span.Length));
        Assert.StartsWith("Add-MgServicePrincipalKey calls Microsoft Graph's addKey action with a -BodyParameter that has no proof.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_to_addKey_and_removeKey_without_a_proof_in_the_body_are_reported()
    {
        const string script = "Invoke-MgGraphRequest -Method POST -Uri \"v1.0/servicePrincipals/$id/addKey\" -Body @{ keyCredential = $key }\n"
            + "$body = @{ keyId = $keyId }\nInvoke-RestMethod -Method Post -Uri 'https://graph.microsoft.com/v1.0/applications/x/removeKey' -Body ($body | ConvertTo-Json) -Headers $h\n"
            + "Invoke-MgGraphRequest POST \"v1.0/applications/$id/addKey\"\n";

        var findings = RuleAssert.Findings(Rule, script);

        Assert.Equal([1, 3, 4], findings.Select(f => f.Start.Line));
        Assert.StartsWith("This request calls Microsoft Graph's addKey action with a body that has no proof. addKey requires a proof: a JWT signed with the private key of a certificate the service principal or application already holds", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("This request calls Microsoft Graph's removeKey action with a body that has no proof.", findings[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("This request calls Microsoft Graph's addKey action without a body, so without a proof.", findings[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Add-MgServicePrincipalKey -ServicePrincipalId $id -KeyCredential $key -Proof $jwt")]
    [InlineData("Remove-MgServicePrincipalKey -ServicePrincipalId $id -KeyId $k -Proo $jwt")]
    [InlineData("Add-MgServicePrincipalKey -ServicePrincipalId $id -BodyParameter @{ keyCredential = $key; proof = $jwt }")]
    [InlineData("$b = @{ keyCredential = $key; Proof = $jwt }\nAdd-MgApplicationKey -ApplicationId $id -BodyParameter $b")]
    [InlineData("Add-MgServicePrincipalKey @keyArguments")]
    [InlineData("function Add-Key($b) { Add-MgServicePrincipalKey -ServicePrincipalId $id -BodyParameter $b }")]
    [InlineData("Invoke-MgGraphRequest -Method POST -Uri \"v1.0/servicePrincipals/$id/addKey\" -Body (ConvertTo-Json -InputObject @{ keyCredential = $k; proof = $jwt })")]
    [InlineData("Invoke-MgGraphRequest -Method POST -Uri \"v1.0/servicePrincipals/$id/addKey\" -Body $bodyFromElsewhere")]
    [InlineData("Invoke-MgGraphRequest -Method PATCH -Uri \"v1.0/servicePrincipals/$id\" -Body $json")]
    [InlineData("Invoke-MgGraphRequest -Method GET -Uri 'v1.0/servicePrincipals/x/addKeys'")]
    [InlineData("Update-MgServicePrincipal -ServicePrincipalId $id -KeyCredentials $list")]
    public void Calls_with_a_proof_or_an_unknown_body_and_other_calls_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings(Rule, script));
    }
}
