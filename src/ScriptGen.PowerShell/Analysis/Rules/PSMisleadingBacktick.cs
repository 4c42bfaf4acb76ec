using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A backtick continues a line only when the newline follows it at once. With a space in between it escapes the space, the
/// command ends there, and the next line runs as a command of its own: parameters meant for the first command are lost.
/// Text-based, like PSScriptAnalyzer's check, so it looks at every line, strings and comments included.
/// </summary>
public sealed class PSMisleadingBacktick : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSMisleadingBacktick),
        DiagnosticSeverity.Warning,
        EnabledByDefault: true,
        "A backtick followed by whitespace at the end of a line does not continue the line.");

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
            var last = span.End - 1;
            while (last >= span.Start && char.IsWhiteSpace(text[last]))
            {
                last--;
            }

            if (last < span.Start || last == span.End - 1 || text[last] != '`')
            {
                continue;
            }

            var whitespace = TextSpan.FromBounds(last + 1, span.End);
            context.Report(
                TextSpan.FromBounds(last, span.End),
                "This backtick is followed by whitespace, so it does not continue the line: the command ends here and the next line runs on its own. Remove the whitespace after the backtick.",
                corrections: [context.Fix(whitespace, string.Empty, "Remove the whitespace after the backtick")]);
        }
    }
}
