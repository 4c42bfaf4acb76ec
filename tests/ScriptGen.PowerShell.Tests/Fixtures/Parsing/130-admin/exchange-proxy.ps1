<#
.SYNOPSIS
    Sets the push notification proxy for Outlook on the web on an Exchange server.
.DESCRIPTION
    Run in the Exchange Management Shell. Safe to run twice: it only changes what differs.
.PARAMETER Tenant
    The Microsoft 365 tenant domain.
.EXAMPLE
    .\01-Set-PushNotificationProxy.ps1 -Tenant 'contoso.onmicrosoft.com' -WhatIf
#>
#Requires -Version 5.1
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[a-z0-9-]+(\.[a-z0-9-]+)+$')]
    [string]$Tenant,

    [ValidateSet('Global', 'GCCHigh', 'DoD')]
    [string]$Cloud = 'Global'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$logPath = Join-Path -Path $env:TEMP -ChildPath ("PushProxy-{0:yyyyMMdd-HHmmss}.log" -f (Get-Date))
Start-Transcript -Path $logPath | Out-Null

$endpoints = @{
    Global  = 'https://outlook.office365.com/PushNotifications'
    GCCHigh = 'https://outlook.office365.us/PushNotifications'
    DoD     = 'https://webmail.apps.mil/PushNotifications'
}

try {
    if (-not (Get-Command -Name Get-OwaVirtualDirectory -ErrorAction SilentlyContinue)) {
        throw 'Run this script in the Exchange Management Shell.'
    }

    $server = $env:COMPUTERNAME
    $build = (Get-ExchangeServer -Identity $server).AdminDisplayVersion
    Write-Verbose "Exchange build: $build"

    $uri = '{0}/' -f $endpoints[$Cloud]
    $current = Get-OwaVirtualDirectory -Server $server -ADPropertiesOnly |
        Select-Object -First 1 -ExpandProperty Identity

    $settings = Get-OwaVirtualDirectory -Identity $current
    if ($settings.PushNotificationProxyUri -ne $uri) {
        if ($PSCmdlet.ShouldProcess($current, "Set push notification proxy to $uri")) {
            Set-OwaVirtualDirectory -Identity $current -PushNotificationProxyUri $uri -Confirm:$false
            Write-Output "Push notification proxy set to $uri on $server."
        }
    }
    else {
        Write-Output "Push notification proxy already set on $server; nothing to do."
    }
}
catch {
    Write-Error -ErrorRecord $_
    exit 1
}
finally {
    Stop-Transcript | Out-Null
}
