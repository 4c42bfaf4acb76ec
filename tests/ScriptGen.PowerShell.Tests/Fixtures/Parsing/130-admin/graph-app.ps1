#Requires -Modules Microsoft.Graph.Authentication, Microsoft.Graph.Applications
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)][string]$TenantId,
    [Parameter(Mandatory)][string]$AppId
)

$scopes = @('Application.ReadWrite.All')
Connect-MgGraph -TenantId $TenantId -Scopes $scopes -NoWelcome
$context = Get-MgContext
if ($context.TenantId -ne $TenantId) {
    throw "Connected to tenant $($context.TenantId), expected $TenantId."
}

$sp = Get-MgServicePrincipal -Filter "appId eq '$AppId'" -ErrorAction Stop
$keys = @($sp.KeyCredentials | Where-Object { $_.Usage -eq 'Verify' -and $_.EndDateTime -gt (Get-Date) })
Write-Output ("{0} valid key(s) on {1}" -f $keys.Count, $sp.DisplayName)

$report = foreach ($key in $keys) {
    [pscustomobject]@{
        KeyId   = $key.KeyId
        Expires = $key.EndDateTime.ToString('u')
        Days    = [int]($key.EndDateTime - (Get-Date)).TotalDays
    }
}
$report | Sort-Object -Property Days | Format-Table -AutoSize
Disconnect-MgGraph | Out-Null
