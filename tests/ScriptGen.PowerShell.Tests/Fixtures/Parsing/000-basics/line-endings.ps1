Write-Output "CRLF line one"
Write-Output "CRLF line two"
$x = 1
# lone CR above