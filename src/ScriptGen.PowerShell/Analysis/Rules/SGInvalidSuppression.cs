using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A suppression that cannot be honoured: a comment suppression without its justification, or a
/// SuppressMessageAttribute with non-constant or misplaced arguments or a Target that matches nothing. Reported so that
/// a finding the author meant to silence is not silently kept, nor silently dropped without a reason.
/// </summary>
public sealed class SGInvalidSuppression : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(SGInvalidSuppression),
        DiagnosticSeverity.Error,
        EnabledByDefault: true,
        "A suppression must name its rule with constant arguments and, in comment form, give a justification.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) =>
        registration.OnEnd(static context =>
        {
            foreach (var problem in context.Suppressions.Problems)
            {
                context.Report(problem.Span, problem.Message);
            }
        });
}
