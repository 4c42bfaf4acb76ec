Get-ChildItem -Path . -Recurse -Force:$false -Depth:2
Get-Item -LiteralPath 'C:\with space\file.txt'
Write-Output -InputObject a, b, c
Set-Content -Path out.txt -Value 'x' > $null 2>&1
Get-Process *>> C:\logs\all.log 3>&1
cmd.exe /c dir C:\ 2> $null
icacls.exe C:\data --% /grant Everyone:(OI)(CI)F
git log --oneline -- src/file.ps1
& $env:ComSpec /c echo hi
. .\helpers.ps1
.\build.ps1 -Configuration Release
..\tools\run.ps1
New-Item -ItemType Directory -Path "$root\$name-$(Get-Date -Format yyyyMMdd)"
Copy-Item C:\src\*.txt D:\dst\
Invoke-RestMethod -Uri https://graph.microsoft.com/v1.0/users?`$top=5 -Headers @{ Authorization = "Bearer $token" }
Get-Thing -Name:'value' -Flag -- -NotAParameter
Test-Connection localhost -Count 1 -Quiet | Out-Null
Get-Item a=b key:value @splat -Param @{ A = 1 }
ls -la | grep foo
