try { Get-Item x }
foreach ($x) { $x }
if ($a { 'x' }
[Parameter(Mandatory)] if ($true) { }
