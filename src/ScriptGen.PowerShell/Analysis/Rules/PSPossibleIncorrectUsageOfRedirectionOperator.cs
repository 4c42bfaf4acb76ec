using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// In <c>if ($a &gt; $b)</c> the <c>&gt;</c> is not a comparison: it writes $a to a file named after $b, and the condition
/// is then empty and false. Reported once per if or elseif condition (its first file redirection), as in PSScriptAnalyzer.
/// </summary>
public sealed class PSPossibleIncorrectUsageOfRedirectionOperator : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSPossibleIncorrectUsageOfRedirectionOperator),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "A > in an if condition redirects to a file instead of comparing: use -gt or -ge.");

    private readonly HashSet<SyntaxNode> _reported = [];

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<FileRedirectionNode>(Check);

    private void Check(FileRedirectionNode redirection, RuleContext context)
    {
        for (var owner = ConditionOwners.Next(redirection); owner is not null; owner = ConditionOwners.Next(owner))
        {
            if (owner is IfClauseNode && _reported.Add(owner))
            {
                context.Report(
                    redirection,
                    $"'{redirection.OperatorText}' in an if condition redirects output to a file instead of comparing, and leaves the condition false. Use -gt (greater than) or -ge (greater or equal).");
            }
        }
    }
}
