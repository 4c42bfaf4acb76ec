using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// Runs a rule's code so that a defect in the rule cannot crash an analysis: the first exception becomes one Error
/// finding that names the rule, and the rule stops reporting for that script. Failing closed keeps a bundle whose
/// scripts were not fully checked from being written.
/// </summary>
internal sealed class RuleGuard(RuleDescriptor rule, SourceText source, List<Diagnostic> findings)
{
    private bool _failed;

    /// <summary>Runs <paramref name="action"/> unless the rule already failed on this script.</summary>
    public void Run(Action action) => Run(static (run, _) => run(), action, 0);

    /// <summary>Runs <paramref name="action"/> with two arguments, so that the per-node callbacks need no closure per call.</summary>
    public void Run<T1, T2>(Action<T1, T2> action, T1 first, T2 second)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            action(first, second);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fail(ex);
        }
    }

    /// <summary>Runs a node callback unless the rule already failed; takes its arguments so that no closure is allocated per node.</summary>
    public void Run<T>(Action<T, RuleContext> action, T node, RuleContext context)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            action(node, context);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Fail(ex);
        }
    }

    private void Fail(Exception ex)
    {
        _failed = true;
        findings.Add(Diagnostic.Create(source, rule.Name, DiagnosticSeverity.Error, $"The rule {rule.Name} failed on this script ({ex.GetType().Name}: {ex.Message}). This is a ScriptGen defect; the script was not fully checked.", new TextSpan(0, 0)));
    }
}
