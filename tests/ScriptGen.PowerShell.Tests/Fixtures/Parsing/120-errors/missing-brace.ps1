function Get-Broken {
    param($Name)
    if ($Name) {
        Write-Output $Name

Write-Output 'the end'
