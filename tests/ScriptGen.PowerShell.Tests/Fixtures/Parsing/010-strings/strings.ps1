$single = 'It''s a single-quoted string with $notExpanded'
$double = "Hello $env:USERNAME, today is $(Get-Date -Format 'yyyy-MM-dd')"
$escapes = "Tab:`t Newline:`n Quote:`" Dollar:`$ Backtick:`` Esc:`e Unicode:`u{263A}"
$doubled = "She said ""hi"" to $($user.Name)"
$nested = "Outer $("inner $("innermost $x") text") end"
$braced = "Value: ${my var} and $($h['key'])"
$member = "Name: $($p.Name) but not $p.Name"
$here = @'
Literal here-string with 'quotes' and $notExpanded
  indented line
'@
$hereExpand = @"
Expandable here-string for $env:COMPUTERNAME
Sub-expression: $(1 + 2)
"Quotes" need no escaping here
"@
$smartQuotes = ‘curly single’ + “curly double $x”
$dollarAlone = "Costs 5 $ and ends with $"
$subInDoubled = "Count: $($items.Where({ $_ -eq ""a"" }).Count)"
