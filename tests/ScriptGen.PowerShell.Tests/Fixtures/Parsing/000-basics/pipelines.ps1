# A comment on its own line
Get-Process | Where-Object { $_.WorkingSet64 -gt 100MB } | Sort-Object -Property CPU -Descending | Select-Object -First 5

Get-ChildItem -Path C:\Temp -Filter *.log -Recurse |
    ForEach-Object { Remove-Item -LiteralPath $_.FullName -WhatIf }

Get-Service `
    -Name 'W32Time' `
    -ErrorAction SilentlyContinue

<# a block comment
   over two lines #> Write-Output 'after block comment'
Get-Date; Get-Host; 'three statements'
Get-Item .
    | Select-Object Name
