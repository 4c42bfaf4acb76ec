$ints = 0, 42, -7, 2147483647, 2147483648, 9223372036854775807
$hex = 0x10, 0xFF, 0xFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 0x1dl
$binary = 0b1010, 0b11111111
$reals = 1.5, .5, 1e3, 1.5e-3, 3.14d
$suffixes = 10l, 10u, 10ul, 10s, 10us, 10y, 10uy, 10n
$multipliers = 1kb, 1.5mb, 2gb, 1tb, 1pb, 0x10kb
$range = 1..10
$negativeRange = -5..-1
Write-Output 1.2.3 10px 77z.exe 0x
$calc = (1 + 2) * 3 / 4 % 5
