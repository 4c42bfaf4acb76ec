<#
.SYNOPSIS
    Gets a thing.
.PARAMETER Name
    The thing's name.
#>
function Get-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium', DefaultParameterSetName = 'ByName')]
    [OutputType([string])]
    param(
        [Parameter(Mandatory, Position = 0, ValueFromPipeline = $true, ParameterSetName = 'ByName')]
        [ValidateNotNullOrEmpty()]
        [Alias('N')]
        [string[]]$Name,

        [Parameter(ParameterSetName = 'ById')]
        [ValidateRange(1, [int]::MaxValue)]
        [int]$Id = 1,

        [ValidateSet('A', 'B')]
        [string]$Mode = 'A',

        [ValidateScript({ Test-Path $_ })]
        [System.IO.FileInfo]$File,

        [switch]$Force,

        [Parameter(DontShow)]
        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential = [System.Management.Automation.PSCredential]::Empty
    )

    dynamicparam {
        $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $dictionary
    }
    begin { $count = 0 }
    process {
        foreach ($n in $Name) {
            if ($PSCmdlet.ShouldProcess($n, 'Get')) { $count++; $n }
        }
    }
    end { Write-Verbose "Got $count" }
    clean { Remove-Variable count -ErrorAction Ignore }
}

function global:Set-Global($Value, [int]$Times = 2) { $Value * $Times }
function script:Private-Helper { }
filter Select-Even { if ($_ % 2 -eq 0) { $_ } }
function Use-#Reserved { }
function Get-Reserved* { }
function Invoke-Block {
    param([scriptblock]$Action)
    & $Action
    . $Action
    & { 'inline' }
    & 'C:\Program Files\tool.exe' /quiet
}
$sb = { param([int]$x) process { $x } }
