using ScriptGen.PowerShell.Analysis.Rules;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Every rule ScriptGen has, listed explicitly (no assembly scanning): adding a rule is one line here, its file in
/// Rules/, its page in docs/rules/ with a README row, and its test class. A test fails when a rule class is missing here.
/// </summary>
public static class BuiltinRules
{
    /// <summary>The rules, ordered by name.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = SortedByName(new RuleDefinition[]
    {
        new(PSAvoidDefaultValueSwitchParameter.Descriptor, static () => new PSAvoidDefaultValueSwitchParameter()),
        new(PSAvoidGlobalVars.Descriptor, static () => new PSAvoidGlobalVars()),
        new(PSAvoidLongLines.Descriptor, static () => new PSAvoidLongLines()),
        new(PSAvoidSemicolonsAsLineTerminators.Descriptor, static () => new PSAvoidSemicolonsAsLineTerminators()),
        new(PSAvoidTrailingWhitespace.Descriptor, static () => new PSAvoidTrailingWhitespace()),
        new(PSAvoidUsingBrokenHashAlgorithms.Descriptor, static () => new PSAvoidUsingBrokenHashAlgorithms()),
        new(PSAvoidUsingCmdletAliases.Descriptor, static () => new PSAvoidUsingCmdletAliases()),
        new(PSAvoidUsingComputerNameHardcoded.Descriptor, static () => new PSAvoidUsingComputerNameHardcoded()),
        new(PSAvoidUsingConvertToSecureStringWithPlainText.Descriptor, static () => new PSAvoidUsingConvertToSecureStringWithPlainText()),
        new(PSAvoidUsingEmptyCatchBlock.Descriptor, static () => new PSAvoidUsingEmptyCatchBlock()),
        new(PSAvoidUsingInvokeExpression.Descriptor, static () => new PSAvoidUsingInvokeExpression()),
        new(PSAvoidUsingPlainTextForPassword.Descriptor, static () => new PSAvoidUsingPlainTextForPassword()),
        new(PSAvoidUsingPositionalParameters.Descriptor, static () => new PSAvoidUsingPositionalParameters()),
        new(PSAvoidUsingUsernameAndPasswordParams.Descriptor, static () => new PSAvoidUsingUsernameAndPasswordParams()),
        new(PSAvoidUsingWMICmdlet.Descriptor, static () => new PSAvoidUsingWMICmdlet()),
        new(PSAvoidUsingWriteHost.Descriptor, static () => new PSAvoidUsingWriteHost()),
        new(PSMisleadingBacktick.Descriptor, static () => new PSMisleadingBacktick()),
        new(PSPossibleIncorrectComparisonWithNull.Descriptor, static () => new PSPossibleIncorrectComparisonWithNull()),
        new(PSPossibleIncorrectUsageOfAssignmentOperator.Descriptor, static () => new PSPossibleIncorrectUsageOfAssignmentOperator()),
        new(PSPossibleIncorrectUsageOfRedirectionOperator.Descriptor, static () => new PSPossibleIncorrectUsageOfRedirectionOperator()),
        new(PSUseApprovedVerbs.Descriptor, static () => new PSUseApprovedVerbs()),
        new(PSUseBOMForUnicodeEncodedFile.Descriptor, static () => new PSUseBOMForUnicodeEncodedFile()),
        new(PSUseDeclaredVarsMoreThanAssignments.Descriptor, static () => new PSUseDeclaredVarsMoreThanAssignments()),
        new(PSUseShouldProcessForStateChangingFunctions.Descriptor, static () => new PSUseShouldProcessForStateChangingFunctions()),
        new(PSUseSingularNouns.Descriptor, static () => new PSUseSingularNouns()),
        new(SGAvoidAddRemoveKeyWithoutProof.Descriptor, static () => new SGAvoidAddRemoveKeyWithoutProof()),
        new(SGAvoidCountOnScalar.Descriptor, static () => new SGAvoidCountOnScalar()),
        new(SGAvoidNonAsciiPunctuation.Descriptor, static () => new SGAvoidNonAsciiPunctuation()),
        new(SGAvoidReplacingAuthCertificate.Descriptor, static () => new SGAvoidReplacingAuthCertificate()),
        new(SGAvoidRetiredModules.Descriptor, static () => new SGAvoidRetiredModules()),
        new(SGConnectGraphBeforeGraphCmdlets.Descriptor, static () => new SGConnectGraphBeforeGraphCmdlets()),
        new(SGInvalidSuppression.Descriptor, static () => new SGInvalidSuppression()),
        new(SGUseKnownCommandsAndParameters.Descriptor, static () => new SGUseKnownCommandsAndParameters()),
        new(SGUseWindowsPowerShellCompatibleCode.Descriptor, static () => new SGUseWindowsPowerShellCompatibleCode()),
    });

    // Array.Sort rather than OrderBy: OrderBy's key map is a vectorised generic that a cold process compiles first.
    private static RuleDefinition[] SortedByName(RuleDefinition[] rules)
    {
        Array.Sort(rules, static (a, b) => string.CompareOrdinal(a.Descriptor.Name, b.Descriptor.Name));
        return rules;
    }

    /// <summary>The rule called <paramref name="name"/> (ignoring case), or null.</summary>
    public static RuleDefinition? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Name, name, StringComparison.OrdinalIgnoreCase));
}
