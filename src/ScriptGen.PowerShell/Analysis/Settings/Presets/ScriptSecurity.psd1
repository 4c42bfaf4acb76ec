# Only the rules about credentials, secrets and code that runs text as commands.
@{
    IncludeRules = @(
        'PSAvoidUsingPlainTextForPassword',
        'PSAvoidUsingConvertToSecureStringWithPlainText',
        'PSAvoidUsingUsernameAndPasswordParams',
        'PSAvoidUsingComputerNameHardcoded',
        'PSAvoidUsingInvokeExpression',
        'PSAvoidUsingBrokenHashAlgorithms'
    )
}
