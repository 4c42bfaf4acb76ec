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
    public void Run(Action action)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            action();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            _failed = true;
            findings.Add(Diagnostic.Create(source, rule.Name, DiagnosticSeverity.Error, $"The rule {rule.Name} failed on this script ({ex.GetType().Name}: {ex.Message}). This is a ScriptGen defect; the script was not fully checked.", new TextSpan(0, 0)));
        }
    }
}
