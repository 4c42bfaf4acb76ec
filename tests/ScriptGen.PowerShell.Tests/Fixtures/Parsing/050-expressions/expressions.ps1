$array = 1, 2, 3
$single = ,'one'
$empty = @()
$sub = @(Get-Process; Get-Service)
$dollar = $(Get-Date).Year
$hash = @{
    Name    = 'value'
    'Quoted Key' = 2
    3       = 'number key'
    (Get-Key) = 'expression key'
    Nested  = @{ Inner = $true; Other = $false }
    Block   = { param($x) $x * 2 }
    When    = if ($true) { 'yes' } else { 'no' }
}
$ordered = [ordered]@{ A = 1; B = 2 }
$object = [pscustomobject]@{ Id = 1 }
$length = 'text'.Length
$upper = 'text'.ToUpper()
$chain = $obj.Property.Method(1, 'two').Other[0]
$static = [System.Math]::Round(2.5)
$constant = [int]::MaxValue
$nullCond = $maybe?.Name
$nullIndex = $maybe?[0]
$index = $list[0], $list[-1], $list[1..3], $hash['key'], $grid[1][2]
$cast = [int]'42'
$chainCast = [string][int]3.7
$typeLiteral = [System.Collections.Generic.Dictionary[string, System.Collections.Generic.List[int]]]
$array2d = [int[,]]::new(2, 2)
$jagged = [int[][]]
$generic = [System.Collections.Generic.List[string]]::new()
$genericMethod = [System.Array]::Empty[int]()
$scriptMethod = $list.Where({ $_ -gt 1 })
$whereBraces = $list.ForEach{ $_ * 2 }
$dynamicMember = $obj.$propertyName
$quotedMember = $obj.'odd name'
$paren = (Get-Process | Select-Object -First 1).Name
$assembly = [System.String, mscorlib]
$ref = [ref]$value
$attributed = [ValidateNotNullOrEmpty()][string]$validated = 'x'
