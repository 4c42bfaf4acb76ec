$plain = 1
$global:counter = 0
$script:cache = @{}
$local:temp = $null
$private:secret = 'x'
$env:PATH += ';C:\tools'
${name with spaces} = 'braced'
${C:\temp\file.txt}
$variable:plain
$function:prompt
Write-Output $_ $$ $^ $? $args $input $PSItem $PSBoundParameters $MyInvocation
$params = @{ Name = 'svc'; ErrorAction = 'Stop' }
Get-Service @params
Invoke-Command -ComputerName srv01 -ScriptBlock { Get-Item $using:path; $using:list[0] }
$a, $b, $c = 1, 2, 3
$x::y
${x}?.Length
