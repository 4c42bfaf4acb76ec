using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Lexing;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// Keeps one diagnostic per mistake. PowerShell's recovery often reports a mistake several times: the token that
/// stops an expression is "unexpected", it also leaves a bracket "missing its closing", and the real closing bracket
/// later becomes "unexpected" too. Three rules remove those echoes while keeping the first error, which is the one
/// PowerShell reports first:
/// <list type="number">
/// <item>an error blamed on the same token as an earlier one is dropped (except that each bracket left open at the end of the script is reported);</item>
/// <item>after an error says a bracket is missing its closing one, the next "unexpected" closing bracket of that kind is that bracket's, and is dropped;</item>
/// <item>after an error, recovery reads the rest of that line out of context, so later errors shown on that line are dropped, the checks made
/// after parsing included (they then look at half-parsed pieces); errors of the tokenizer (an unterminated string) stay, being mistakes of their own.</item>
/// </list>
/// The <c>#requires</c> errors come from comments and are always kept, as is ScriptTooComplicated.
/// </summary>
internal static class CascadeFilter
{
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<ReportedError> errors, IReadOnlyList<Token> tokens)
    {
        var kept = new List<Diagnostic>(errors.Count);
        var blamed = new HashSet<int>();
        var poisonedLines = new HashSet<int>();
        int unclosedParens = 0, unclosedCurlies = 0, unclosedBrackets = 0;
        foreach (var error in errors)
        {
            var id = error.Diagnostic.RuleName;
            var line = error.Diagnostic.Start.Line;
            if (error.Phase == ErrorPhase.Check || id == ErrorIds.ScriptTooComplicated)
            {
                if (IsAlwaysKept(id) || !poisonedLines.Contains(line))
                {
                    kept.Add(error.Diagnostic);
                }

                continue;
            }

            var tokenIndex = BlamedToken(tokens, error.Trigger);
            if (id == ErrorIds.UnexpectedToken && tokenIndex < tokens.Count)
            {
                var kind = tokens[tokenIndex].Kind;
                if ((kind == TokenKind.RParen && TryTake(ref unclosedParens))
                    || (kind == TokenKind.RCurly && TryTake(ref unclosedCurlies))
                    || (kind == TokenKind.RBracket && TryTake(ref unclosedBrackets)))
                {
                    continue;
                }
            }

            var unclosed = CountUnclosed(id, ref unclosedParens, ref unclosedCurlies, ref unclosedBrackets);
            var openAtEnd = unclosed && tokens[tokenIndex].Kind == TokenKind.EndOfInput;
            var echo = !blamed.Add(tokenIndex) && !openAtEnd;
            var outOfContext = poisonedLines.Contains(line) && error.Phase == ErrorPhase.Syntax;
            if (!echo && !outOfContext)
            {
                kept.Add(error.Diagnostic);
                poisonedLines.Add(line);
            }
        }

        return kept;
    }
    private static bool IsAlwaysKept(string id) =>
        id is ErrorIds.ScriptTooComplicated or ErrorIds.ScriptRequiresInvalidFormat or ErrorIds.RequiresVersionInvalid or ErrorIds.RequiresArgumentMustBeConstant
            or ErrorIds.RequiresPSEditionInvalid or ErrorIds.RequiresPSEditionValueIsAlreadySpecified
            or ErrorIds.ParameterRequiresArgument or ErrorIds.ParameterCannotHaveArgument;

    private static bool TryTake(ref int count)
    {
        if (count == 0)
        {
            return false;
        }

        count--;
        return true;
    }

    /// <summary>Counts the bracket an error says is left open; false when the error is of another kind.</summary>
    private static bool CountUnclosed(string id, ref int parens, ref int curlies, ref int brackets)
    {
        switch (id)
        {
            case ErrorIds.MissingEndCurlyBrace or ErrorIds.MissingCurlyBraceInSwitchStatement or ErrorIds.IncompletePropertyAssignmentBlock:
                curlies++;
                return true;
            case ErrorIds.MissingEndParenthesisInExpression or ErrorIds.MissingEndParenthesisInSubexpression or ErrorIds.MissingEndParenthesisInMethodCall
                or ErrorIds.MissingEndParenthesisInFunctionParameterList or ErrorIds.MissingEndParenthesisAfterStatement
                or ErrorIds.MissingEndParenthesisAfterForeach or ErrorIds.MissingEndParenthesisInSwitchStatement:
                parens++;
                return true;
            case ErrorIds.MissingEndSquareBracket or ErrorIds.EndSquareBracketExpectedAtEndOfAttribute or ErrorIds.EndSquareBracketExpectedAtEndOfType:
                brackets++;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The index of the first token that is not trivia and ends after <paramref name="position"/> (EndOfInput at the end).</summary>
    private static int BlamedToken(IReadOnlyList<Token> tokens, int position)
    {
        int low = 0, high = tokens.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (tokens[middle].End > position)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        while (low < tokens.Count - 1 && tokens[low].IsTrivia)
        {
            low++;
        }

        return low;
    }
}
