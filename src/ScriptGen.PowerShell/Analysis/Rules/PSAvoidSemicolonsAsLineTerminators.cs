using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Analysis.Rules;

/// <summary>
/// A newline already ends a PowerShell statement; a semicolon before it is noise carried over from C-like languages. Only
/// semicolon tokens count, so semicolons inside strings, here-strings and comments are not reported. Off by default, as in
/// PSScriptAnalyzer.
/// </summary>
public sealed class PSAvoidSemicolonsAsLineTerminators : ScriptRule
{
    /// <summary>The rule's descriptor.</summary>
    public static readonly RuleDescriptor Descriptor = new(
        nameof(PSAvoidSemicolonsAsLineTerminators),
        DiagnosticSeverity.Warning,
        EnabledByDefault: false,
        "Lines should not end with a semicolon: a newline already ends the statement.");

    /// <inheritdoc />
    public override RuleDescriptor Rule => Descriptor;

    /// <inheritdoc />
    public override void Register(RuleRegistration registration) => registration.OnEnd(Check);

    private static void Check(RuleContext context)
    {
        var tokens = context.Parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Semi)
            {
                continue;
            }

            var next = i + 1;
            while (next < tokens.Count && tokens[next].Kind == TokenKind.Whitespace)
            {
                next++;
            }

            // A comment or a line continuation after the semicolon keeps it from ending the line, as in PSScriptAnalyzer.
            if (next < tokens.Count && tokens[next].Kind is not (TokenKind.NewLine or TokenKind.EndOfInput))
            {
                continue;
            }

            var semicolon = tokens[i].Span;
            context.Report(
                semicolon,
                "This line ends with a semicolon, which PowerShell does not need: the newline already ends the statement. Remove it.",
                corrections: [context.Fix(semicolon, string.Empty, "Remove the semicolon")]);
        }
    }
}
