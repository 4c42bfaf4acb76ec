if ($a -gt 1) {
    'big'
} elseif ($a -eq 1) {
    'one'
} else {
    'small'
}

switch -Regex -CaseSensitive ($value) {
    '^a' { 'starts with a'; break }
    '^b' { 'starts with b'; continue }
    { $_ -is [int] } { 'a number' }
    default { 'something else' }
}

switch -File C:\data\lines.txt { default { $_ } }
switch -Wildcard ('abc', 'xyz') { 'a*' { 1 } 'x*' { 2 } }

foreach ($item in $collection) {
    if (-not $item) { continue }
    $item
}

for ($i = 0; $i -lt 10; $i++) { $i }
for (;;) { break }

while ($queue.Count -gt 0) { $queue.Dequeue() }
do { $n-- } while ($n -gt 0)
do { $n++ } until ($n -ge 10)

:outer foreach ($row in $rows) {
    :inner foreach ($cell in $row) {
        if ($cell -eq 'stop') { break outer }
        if ($cell -eq 'skip') { continue inner }
    }
}

try {
    Get-Item C:\missing -ErrorAction Stop
} catch [System.Management.Automation.ItemNotFoundException], [System.IO.IOException] {
    Write-Warning $_.Exception.Message
} catch {
    throw
} finally {
    Write-Verbose 'done'
}

trap [System.DivideByZeroException] { Write-Warning 'divided by zero'; continue }
trap { 'any error' }

data messages -SupportedCommand ConvertFrom-StringData {
    ConvertFrom-StringData @'
Hello = Hello, World
'@
}

function Stop-Early { return }
function Get-Answer { return 42 }
exit 0
