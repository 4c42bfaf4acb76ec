$eq = $a -eq $b -and $c -ne $d -or -not $e
$case = 'A' -ceq 'a', 'A' -ieq 'a', 'A' -eq 'a'
$cmp = $x -lt 1 -or $x -le 2 -or $x -gt 3 -or $x -ge 4
$like = $name -like 'Get-*' -and $name -notlike '*Item' -and $name -cmatch '^G' -and $name -inotmatch 'z'
$contains = $list -contains 1 -and 2 -in $list -and $list -notcontains 3 -and 4 -notin $list
$types = $x -is [string] -or $x -isnot [int] -or ($x -as [double])
$text = 'a,b,c' -split ',' -join ';' -replace 'a', 'b' -creplace 'B', 'c'
$unary = -split 'a b c'
$joined = -join ('a', 'b')
$bits = 5 -band 3 -bor 8 -bxor 1 -shl 2 -shr 1
$not = -bnot 0
$format = '{0} of {1}' -f 1, 2
$bang = !$flag
$inc = $i++ + ++$i - $j-- - --$j
$assign += 1; $assign -= 1; $assign *= 2; $assign /= 2; $assign %= 3
$coalesce = $null ?? 'default'
$maybe ??= 'set once'
$ternary = $enabled ? 'on' : 'off'
$nestedTernary = $a ? $b ? 1 : 2 : 3
Get-Item C:\x && Write-Output 'ok' || Write-Output 'failed'
Start-Sleep 10 &
$x = -1 + +2 - -3
