using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private const string VerbatimArgument = "--%";

    [Flags]
    private enum CommandArgumentContext
    {
        CommandName = 0x01,
        CommandNameAfterInvocationOperator = 0x02 | CommandName,
        FileName = 0x04,
        CommandArgument = 0x08,
        SwitchCondition = 0x10,
    }

    /// <summary>One argument read in command mode (a file name, a switch clause condition, a DSC name), or null.</summary>
    private ExpressionNode? GetSingleCommandArgument(CommandArgumentContext context)
    {
        if (PeekToken().Kind is TokenKind.Comma or TokenKind.EndOfInput)
        {
            return null;
        }

        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Command);
            return GetCommandArgument(context, NextToken());
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    /// <summary>
    /// An argument starting at <paramref name="token"/>: a bare word, a string, a variable or a primary expression;
    /// for command arguments, a comma-separated list becomes an array. Null when the token cannot start one.
    /// </summary>
    private ExpressionNode? GetCommandArgument(CommandArgumentContext context, Token token)
    {
        List<ExpressionNode>? items = null;
        List<Token>? commas = null;
        while (true)
        {
            ExpressionNode expression;
            var foundVerbatim = false;
            switch (token.Kind)
            {
                case TokenKind.Pipe or TokenKind.RCurly or TokenKind.RParen or TokenKind.EndOfInput or TokenKind.NewLine or TokenKind.Semi
                    or TokenKind.Redirection or TokenKind.RedirectInStd or TokenKind.AndAnd or TokenKind.OrOr or TokenKind.Ampersand
                    or TokenKind.MinusMinus or TokenKind.Comma:
                    UngetToken(token);
                    if (commas is null)
                    {
                        return null;
                    }

                    ReportIncompleteInput(After(commas[^1]), ErrorIds.MissingExpression, ",");
                    return new ErrorExpressionNode(commas, items!);
                case TokenKind.SplattedVariable or TokenKind.Variable or TokenKind.Number or TokenKind.HereStringExpandable
                    or TokenKind.StringExpandable or TokenKind.HereStringLiteral or TokenKind.StringLiteral or TokenKind.LParen
                    or TokenKind.DollarParen or TokenKind.AtParen or TokenKind.AtCurly or TokenKind.LCurly:
                    UngetToken(token);
                    expression = PrimaryExpressionRule(withMemberAccess: true)!;
                    break;
                case TokenKind.Generic:
                    if ((context & CommandArgumentContext.CommandName) != 0)
                    {
                        token = Mark(token, TokenFlags.CommandName);
                    }

                    if (context != CommandArgumentContext.CommandName && _tokenizer.GetStringParts(token) is not null)
                    {
                        expression = new ExpandableStringExpressionNode(token, StringConstantType.BareWord, ParseNestedExpressions(token));
                    }
                    else
                    {
                        var bareWord = new StringConstantExpressionNode(token, StringConstantType.BareWord);
                        foundVerbatim = SpanOf(token).Equals(VerbatimArgument, StringComparison.OrdinalIgnoreCase);
                        expression = bareWord;
                    }

                    break;
                default:
                    token = Unmark(token, TokenFlags.Keyword);
                    if ((context & CommandArgumentContext.CommandName) != 0)
                    {
                        token = Mark(token, TokenFlags.CommandName);
                    }
                    else if (token.Kind != TokenKind.Identifier)
                    {
                        token = _tokenizer.SetKind(token, TokenKind.Generic);
                    }

                    expression = new StringConstantExpressionNode(token, StringConstantType.BareWord);
                    break;
            }

            if (context != CommandArgumentContext.CommandArgument || foundVerbatim)
            {
                return Finish(expression);
            }

            var next = PeekToken();
            if (next.Kind != TokenKind.Comma)
            {
                return Finish(expression);
            }

            (items ??= []).Add(expression);
            (commas ??= []).Add(next);
            SkipToken();
            SkipNewlines();
            token = NextToken();
        }

        ExpressionNode Finish(ExpressionNode last)
        {
            if (items is null)
            {
                return last;
            }

            items.Add(last);
            return new ArrayLiteralNode(items, commas!);
        }
    }

    /// <summary>A command: an optional <c>&amp;</c> or <c>.</c>, a name, then arguments, parameters and redirections.</summary>
    private CommandBaseNode? CommandRule()
    {
        var elements = new List<SyntaxNode>();
        Token? invocation = null;
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Command);
            var token = NextToken();
            var context = CommandArgumentContext.CommandName;
            if (token.Kind is TokenKind.Dot or TokenKind.Ampersand)
            {
                invocation = token;
                token = NextToken();
                context = CommandArgumentContext.CommandNameAfterInvocationOperator;
            }

            var redirected = new RedirectionAccumulator();
            var sawDashDash = false;
            while (true)
            {
                if (!CommandElementRule(token, ref context, ref sawDashDash, elements, redirected))
                {
                    break;
                }

                context = CommandArgumentContext.CommandArgument;
                token = NextToken();
            }
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        if (elements.Count == 0)
        {
            if (invocation is not { } op)
            {
                return null;
            }

            ReportError(op, ErrorIds.MissingExpression, TextOf(op));
        }

        return new CommandNode(invocation, elements);
    }

    /// <summary>Reads one element of a command into <paramref name="elements"/>; false when the command ends.</summary>
    private bool CommandElementRule(Token token, ref CommandArgumentContext context, ref bool sawDashDash, List<SyntaxNode> elements, RedirectionAccumulator redirected)
    {
        switch (token.Kind)
        {
            case TokenKind.Pipe or TokenKind.RCurly or TokenKind.RParen or TokenKind.EndOfInput or TokenKind.NewLine
                or TokenKind.Semi or TokenKind.AndAnd or TokenKind.OrOr or TokenKind.Ampersand:
                UngetToken(token);
                return false;
            case TokenKind.MinusMinus:
                elements.Add(sawDashDash
                    ? new StringConstantExpressionNode(token, StringConstantType.BareWord)
                    : new CommandParameterNode(token, "-", null));
                sawDashDash = true;
                return true;
            case TokenKind.Comma:
                ReportError(token, ErrorIds.MissingArgument);
                elements.Add(new ErrorExpressionNode([token], []));
                SkipNewlines();
                return true;
            case TokenKind.Parameter:
                if ((context & CommandArgumentContext.CommandName) != 0 || sawDashDash)
                {
                    elements.Add(new StringConstantExpressionNode(Mark(token, TokenFlags.CommandName), StringConstantType.BareWord));
                    return true;
                }

                elements.Add(CommandParameterRule(token));
                return true;
            case TokenKind.Redirection or TokenKind.RedirectInStd:
                if ((context & CommandArgumentContext.CommandName) == 0)
                {
                    elements.Add(RedirectionRule(token, redirected));
                }
                else
                {
                    elements.Add(new StringConstantExpressionNode(token, StringConstantType.BareWord));
                }

                return true;
            case TokenKind.InlineScript when context == CommandArgumentContext.CommandName:
                return InlineScriptRule(token, elements);
            default:
                var argument = GetCommandArgument(context, token);
                if (argument is null)
                {
                    return false;
                }

                elements.Add(argument);
                if (argument is StringConstantExpressionNode && token.Kind == TokenKind.Generic
                    && SpanOf(token).Equals(VerbatimArgument, StringComparison.OrdinalIgnoreCase) && GetVerbatimArgument() is { } verbatim)
                {
                    elements.Add(new StringConstantExpressionNode(verbatim, StringConstantType.BareWord) { IsVerbatim = true });
                    return false;
                }

                return true;
        }
    }

    private CommandParameterNode CommandParameterRule(Token token)
    {
        var name = ParameterName(token);
        var usedColon = SpanOf(token)[^1] == ':';
        ExpressionNode? argument = null;
        if (usedColon && PeekToken().Kind != TokenKind.Comma)
        {
            argument = GetCommandArgument(CommandArgumentContext.CommandArgument, NextToken());
            if (argument is null)
            {
                ReportError(After(token), ErrorIds.ParameterRequiresArgument, TextOf(token));
            }
        }

        return new CommandParameterNode(token, name, argument);
    }

    private Token? GetVerbatimArgument()
    {
        if (_ungotToken is not null)
        {
            return null;
        }

        return _tokenizer.GetVerbatimCommandArgument();
    }

    /// <summary>A workflow's <c>inlinescript { }</c>: a command whose argument is a script block.</summary>
    private bool InlineScriptRule(Token inlineScript, List<SyntaxNode> elements)
    {
        elements.Add(new StringConstantExpressionNode(Mark(inlineScript, TokenFlags.CommandName), StringConstantType.BareWord));
        SkipNewlines();
        var lCurly = NextToken();
        if (lCurly.Kind != TokenKind.LCurly)
        {
            UngetToken(lCurly);
            ReportIncompleteInput(After(inlineScript), ErrorIds.MissingStatementAfterKeyword, TextOf(inlineScript));
            return false;
        }

        elements.Add(ScriptBlockExpressionRule(lCurly));
        return true;
    }
}
