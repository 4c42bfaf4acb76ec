<#
.SYNOPSIS
    Checks that every file of this bundle is exactly what was approved.

.DESCRIPTION
    Re-hashes every file listed in manifest.json with SHA-256 and compares size and hash, reports files that are
    missing or not listed, and, when the manifest says the scripts are signed, checks each script's Authenticode
    signature with Get-AuthenticodeSignature and that its signer is the certificate the manifest names. Needs
    nothing but Windows PowerShell 5.1 and no network. Run it from the bundle folder before running any step.
    Exits 0 when the bundle is intact, 1 otherwise.

.PARAMETER RequireSignature
    Also fail when a script carries no valid signature, even if the manifest does not record signing.

.PARAMETER ManifestSha256
    The manifest SHA-256 recorded in the change ticket. The manifest cannot vouch for itself; with this value a
    changed manifest fails too.

.PARAMETER TrustedThumbprint
    The thumbprint of the certificate the change board approved. Every script must be signed by it.

.EXAMPLE
    .\Verify-Bundle.ps1

.EXAMPLE
    .\Verify-Bundle.ps1 -RequireSignature -Verbose

.EXAMPLE
    .\Verify-Bundle.ps1 -ManifestSha256 0123...cdef -TrustedThumbprint 89AB...4567

.NOTES
    Written by ScriptGen. The manifest's own SHA-256 is printed by 'scriptgen generate' and 'scriptgen verify';
    compare it with the value recorded in the change ticket: Get-FileHash -Algorithm SHA256 .\manifest.json
#>
#Requires -Version 5.1
[CmdletBinding()]
param(
    [switch] $RequireSignature,

    [ValidatePattern('^[0-9A-Fa-f]{64}$')]
    [string] $ManifestSha256,

    [ValidatePattern('^[0-9A-Fa-f]{40}$')]
    [string] $TrustedThumbprint
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0

function Get-BundleProblem {
    [CmdletBinding()]
    [OutputType([string])]
    param(
        [Parameter(Mandatory = $true)]
        [string] $BundleRoot,

        [Parameter(Mandatory = $true)]
        [object] $Manifest,

        [switch] $SignatureRequired,

        [string] $Thumbprint
    )

    if ([string] $Manifest.schemaVersion -ne '1') {
        Write-Output "manifest.json has schemaVersion $($Manifest.schemaVersion); this script reads version 1"
        return
    }

    $listed = @{}
    $signed = $SignatureRequired.IsPresent -or -not [string]::IsNullOrEmpty($Thumbprint)
    $expectedSigner = $Thumbprint
    if ($null -ne $Manifest.PSObject.Properties['signing'] -and $null -ne $Manifest.signing -and [bool] $Manifest.signing.signed) {
        $signed = $true
        if ([string]::IsNullOrEmpty($expectedSigner)) {
            $expectedSigner = [string] $Manifest.signing.signer.thumbprint
        }
    }

    foreach ($entry in @($Manifest.files)) {
        $relative = [string] $entry.path
        $listed[$relative] = $true
        if ($relative -match '(^|[\\/])\.\.([\\/]|$)' -or $relative -match '^[\\/]' -or $relative -match ':') {
            Write-Output "unsafe path in the manifest: $relative"
            continue
        }

        $path = Join-Path -Path $BundleRoot -ChildPath ($relative -replace '/', '\')
        if (-not (Test-Path -LiteralPath $path -PathType Leaf)) {
            Write-Output "missing: $relative"
            continue
        }

        $item = Get-Item -LiteralPath $path
        if ($item.Length -ne [long] $entry.bytes) {
            Write-Output "size differs: $relative ($($item.Length) bytes, manifest says $($entry.bytes))"
        }

        $hash = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLowerInvariant()
        if ($hash -ne ([string] $entry.sha256)) {
            Write-Output "hash differs: $relative"
        }
        else {
            Write-Verbose -Message "ok: $relative"
        }

        if ($signed -and $relative.EndsWith('.ps1')) {
            $signature = Get-AuthenticodeSignature -LiteralPath $path
            if ($signature.Status -ne 'Valid') {
                Write-Output "signature $($signature.Status): $relative ($($signature.StatusMessage))"
            }
            elseif (-not [string]::IsNullOrEmpty($expectedSigner) -and $signature.SignerCertificate.Thumbprint -ne $expectedSigner) {
                Write-Output "signed by $($signature.SignerCertificate.Subject) ($($signature.SignerCertificate.Thumbprint)), not by $($expectedSigner): $relative"
            }
            else {
                Write-Verbose -Message "signed by $($signature.SignerCertificate.Subject): $relative"
            }
        }
    }

    $rootLength = $BundleRoot.TrimEnd('\').Length + 1
    foreach ($file in @(Get-ChildItem -LiteralPath $BundleRoot -Recurse -File -Force)) {
        $relative = $file.FullName.Substring($rootLength) -replace '\\', '/'
        if ($relative -ne 'manifest.json' -and -not $listed.ContainsKey($relative)) {
            Write-Output "not in the manifest: $relative"
        }
    }
}

try {
    $bundleRoot = $PSScriptRoot
    $manifestPath = Join-Path -Path $bundleRoot -ChildPath 'manifest.json'
    if (-not (Test-Path -LiteralPath $manifestPath -PathType Leaf)) {
        throw "manifest.json is missing: this folder is not a complete bundle."
    }

    $manifestText = [System.IO.File]::ReadAllText($manifestPath, [System.Text.Encoding]::UTF8)
    $manifest = ConvertFrom-Json -InputObject $manifestText
    $problems = @(Get-BundleProblem -BundleRoot $bundleRoot -Manifest $manifest -SignatureRequired:$RequireSignature -Thumbprint $TrustedThumbprint)
    $manifestHash = (Get-FileHash -LiteralPath $manifestPath -Algorithm SHA256).Hash.ToLowerInvariant()
    Write-Output "manifest.json sha256: $manifestHash"
    if (-not [string]::IsNullOrEmpty($ManifestSha256) -and $manifestHash -ne $ManifestSha256.ToLowerInvariant()) {
        $problems += "manifest.json is not the approved one (its SHA-256 differs from -ManifestSha256)"
    }
    if ($problems.Count -gt 0) {
        foreach ($problem in $problems) {
            Write-Warning -Message $problem
        }

        Write-Error -Message "The bundle is NOT intact: $($problems.Count) problem(s). Do not run its scripts." -ErrorAction Continue
        exit 1
    }

    Write-Output "The bundle is intact: $(@($manifest.files).Count) files match manifest.json."
    exit 0
}
catch {
    Write-Error -Message "Verification failed: $($_.Exception.Message)" -ErrorAction Continue
    exit 1
}
