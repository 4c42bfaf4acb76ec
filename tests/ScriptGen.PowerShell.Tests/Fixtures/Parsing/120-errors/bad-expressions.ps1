$sum = 1 +
$call = Get-Item (
$hash = @{ Key 'value' }
$text = "unterminated
