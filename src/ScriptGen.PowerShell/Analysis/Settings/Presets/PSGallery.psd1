# The checks the PowerShell Gallery runs on published scripts: every default rule of severity Error or Warning.
@{
    Severity = @('Error', 'Warning')
}
