using ScriptGen.PowerShell.Diagnostics;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Long lines are hard to review side by side and wrap badly in consoles and change records. Off by default, as in
/// PSScriptAnalyzer. The whole line is reported (PSScriptAnalyzer's extent stops one character short of the end).
/// </summary>
public sealed class PSAvoidLongLines : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidLongLines),
        DiagnosticSeverity.Warning,
        EnabledByDefault: false,
        "Lines should be no longer than the configured maximum (120 characters by default).")
    {
        Options = [new RuleOptionDescriptor(MaximumLineLength, RuleOptionKind.Integer, 120, "The longest allowed line, in characters, indentation included.")],
    };

    private const string MaximumLineLength = nameof(MaximumLineLength);

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnEnd(Check);

    private static void Check(RuleContext context)
    {
        var maximum = context.Options.GetInteger(MaximumLineLength);
        var source = context.Source;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (span.Length > maximum)
            {
                context.Report(span, $"This line is {span.Length} characters long, more than the maximum of {maximum}. Break it up, for example by splatting parameters or by assigning parts to variables.");
            }
        }
    }
}
