using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// Whitespace at the end of a line is invisible in review and noisy in diffs; inside a here-string it silently becomes part
/// of the value. The check reads the text, not the tree, so it fires inside strings and comments too, as PSScriptAnalyzer's does.
/// </summary>
public sealed class PSAvoidTrailingWhitespace : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidTrailingWhitespace),
        DiagnosticSeverity.Information,
        EnabledByDefault: true,
        "Lines should not end with spaces or tabs: they are invisible in review and become part of here-strings.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnEnd(Check);

    private static void Check(RuleContext context)
    {
        var source = context.Source;
        var text = source.Text;
        for (var line = 1; line <= source.LineCount; line++)
        {
            var span = source.GetLineSpan(line);
            if (span.Length == 0 || !char.IsWhiteSpace(text[span.End - 1]))
            {
                continue;
            }

            // Like PSScriptAnalyzer: any whitespace character ends the line, but only spaces and tabs before it are included.
            var start = span.End - 1;
            while (start > span.Start && text[start - 1] is ' ' or '\t')
            {
                start--;
            }

            var trailing = TextSpan.FromBounds(start, span.End);
            context.Report(
                trailing,
                "This line ends with whitespace, which is invisible in review and becomes part of the value inside a here-string. Remove it.",
                corrections: [context.Fix(trailing, string.Empty, "Remove the trailing whitespace")]);
        }
    }
}
