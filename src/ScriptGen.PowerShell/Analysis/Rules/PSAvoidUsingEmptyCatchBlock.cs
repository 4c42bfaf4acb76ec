using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A catch block with no statement swallows the error: the script goes on as if the failed step had worked, and
/// nobody learns why. A comment alone does not count as handling.
/// </summary>
public sealed class PSAvoidUsingEmptyCatchBlock : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidUsingEmptyCatchBlock),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "A catch block must handle, report or rethrow the error, not swallow it.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnNode<CatchClauseNode>(Check);

    private static void Check(CatchClauseNode clause, RuleContext context)
    {
        foreach (var statement in clause.Body.AllStatements)
        {
            if (statement is not TrapStatementNode)
            {
                return;
            }
        }

        context.Report(clause, "This catch block is empty, so the error is swallowed and the script carries on as if the step had worked. Handle the error, report it with Write-Error or Write-Warning, or rethrow it with throw.");
    }
}
