using System.Text.RegularExpressions;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Analysis.Suppressions;

/// <summary>
/// ScriptGen's comment suppressions, which PSScriptAnalyzer lacks:
/// <c># scriptgen: suppress RuleName -- justification</c> silences findings that start on the comment's own line when
/// code precedes it there, otherwise on the next line that holds code; <c># scriptgen: suppress-file RuleName -- justification</c>
/// silences it in the whole file. The justification is required.
/// </summary>
public static partial class CommentSuppressionReader
{
    /// <summary>Reads the comment suppressions of <paramref name="parse"/>, adding malformed ones to <paramref name="problems"/>.</summary>
    public static IEnumerable<Suppression> Read(ParseResult parse, List<SuppressionProblem> problems)
    {
        var tokens = parse.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Comment)
            {
                continue;
            }

            var match = Directive().Match(parse.GetText(token));
            if (!match.Success)
            {
                continue;
            }

            var justification = match.Groups["why"].Value.Trim();
            if (justification.Length == 0)
            {
                problems.Add(new SuppressionProblem(token.Span, $"The suppression of {match.Groups["rule"].Value} has no justification: write '-- why' after the rule name."));
                continue;
            }

            var scope = match.Groups["file"].Success ? new TextSpan(0, parse.Source.Length) : TargetLine(parse, i);
            if (scope is null)
            {
                problems.Add(new SuppressionProblem(token.Span, $"The suppression of {match.Groups["rule"].Value} is followed by no code to apply to."));
                continue;
            }

            yield return new Suppression(match.Groups["rule"].Value, null, scope.Value, justification, Analysis.SuppressionSource.Comment, token.Span);
        }
    }

    private static TextSpan? TargetLine(ParseResult parse, int commentIndex)
    {
        var tokens = parse.Tokens;
        for (var i = commentIndex - 1; i >= 0 && tokens[i].Kind != TokenKind.NewLine; i--)
        {
            if (!tokens[i].IsTrivia)
            {
                return parse.Source.GetLineSpan(parse.Source.GetLinePosition(tokens[i].Start).Line);
            }
        }

        for (var i = commentIndex + 1; i < tokens.Count && tokens[i].Kind != TokenKind.EndOfInput; i++)
        {
            if (!tokens[i].IsTrivia)
            {
                return parse.Source.GetLineSpan(parse.Source.GetLinePosition(tokens[i].Start).Line);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^#\s*scriptgen:\s*suppress(?<file>-file)?\s+(?<rule>[A-Za-z0-9_]+)\s*(?:--(?<why>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
