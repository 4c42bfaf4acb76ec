# Every rule, including those that are off by default, at every severity: for reviewing a script before it ships.
@{
    Rules = @{
        PSAvoidLongLines = @{ Enable = $true; MaximumLineLength = 120 }
        PSAvoidSemicolonsAsLineTerminators = @{ Enable = $true }
    }
}
