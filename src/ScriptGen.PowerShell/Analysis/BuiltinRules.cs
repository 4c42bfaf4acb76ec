using ScriptGen.PowerShell.Analysis.Rules;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Every rule ScriptGen has, listed explicitly (no assembly scanning): adding a rule is one line here, its file in
/// Rules/, its page in docs/rules/ with a README row, and its test class. A test fails when a rule class is missing here.
/// </summary>
public static class BuiltinRules
{
    /// <summary>The rules, ordered by name.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } = new RuleDefinition[]
    {
        new(PSAvoidDefaultValueSwitchParameter.Descriptor, static () => new PSAvoidDefaultValueSwitchParameter()),
        new(PSAvoidLongLines.Descriptor, static () => new PSAvoidLongLines()),
        new(PSAvoidSemicolonsAsLineTerminators.Descriptor, static () => new PSAvoidSemicolonsAsLineTerminators()),
        new(PSAvoidTrailingWhitespace.Descriptor, static () => new PSAvoidTrailingWhitespace()),
        new(PSAvoidUsingBrokenHashAlgorithms.Descriptor, static () => new PSAvoidUsingBrokenHashAlgorithms()),
        new(PSAvoidUsingComputerNameHardcoded.Descriptor, static () => new PSAvoidUsingComputerNameHardcoded()),
        new(PSAvoidUsingUsernameAndPasswordParams.Descriptor, static () => new PSAvoidUsingUsernameAndPasswordParams()),
        new(PSAvoidUsingWMICmdlet.Descriptor, static () => new PSAvoidUsingWMICmdlet()),
        new(PSAvoidUsingWriteHost.Descriptor, static () => new PSAvoidUsingWriteHost()),
        new(PSMisleadingBacktick.Descriptor, static () => new PSMisleadingBacktick()),
        new(PSPossibleIncorrectUsageOfAssignmentOperator.Descriptor, static () => new PSPossibleIncorrectUsageOfAssignmentOperator()),
        new(PSPossibleIncorrectUsageOfRedirectionOperator.Descriptor, static () => new PSPossibleIncorrectUsageOfRedirectionOperator()),
        new(PSUseBOMForUnicodeEncodedFile.Descriptor, static () => new PSUseBOMForUnicodeEncodedFile()),
        new(SGInvalidSuppression.Descriptor, static () => new SGInvalidSuppression()),
    }.OrderBy(r => r.Descriptor.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The rule called <paramref name="name"/> (ignoring case), or null.</summary>
    public static RuleDefinition? Find(string name) =>
        All.FirstOrDefault(r => string.Equals(r.Descriptor.Name, name, StringComparison.OrdinalIgnoreCase));
}
