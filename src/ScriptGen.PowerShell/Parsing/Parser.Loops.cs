using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private static readonly string[] SwitchOptionNames = ["regex", "wildcard", "exact", "casesensitive", "parallel", "file"];

    private StatementNode SwitchStatementRule(Token? label, Token switchToken)
    {
        var isError = false;
        var isIncompleteError = false;
        var errorTokens = new List<Token>();
        var errorNodes = new List<SyntaxNode>();
        var lastSpan = (label ?? switchToken).Span;
        SkipNewlines();
        var options = new List<SwitchOptionNode>();
        var flags = SwitchFlags.None;
        PipelineBaseNode? condition = null;
        var option = PeekToken();
        while (option.Kind == TokenKind.Parameter)
        {
            SkipToken();
            lastSpan = option.Span;
            var name = ParameterName(option);
            var matched = Array.Find(SwitchOptionNames, n => n.StartsWith(name, StringComparison.OrdinalIgnoreCase) && name.Length > 0);
            ExpressionNode? fileName = null;
            switch (matched)
            {
                case "regex":
                    flags = (flags | SwitchFlags.Regex) & ~SwitchFlags.Wildcard;
                    break;
                case "wildcard":
                    flags = (flags | SwitchFlags.Wildcard) & ~SwitchFlags.Regex;
                    break;
                case "exact":
                    flags = (flags | SwitchFlags.Exact) & ~(SwitchFlags.Regex | SwitchFlags.Wildcard);
                    break;
                case "casesensitive":
                    flags |= SwitchFlags.CaseSensitive;
                    break;
                case "parallel":
                    flags |= SwitchFlags.Parallel;
                    break;
                case "file":
                    flags |= SwitchFlags.File;
                    SkipNewlines();
                    fileName = GetSingleCommandArgument(CommandArgumentContext.FileName);
                    if (fileName is null)
                    {
                        isError = true;
                        isIncompleteError = ReportIncompleteInput(After(option), ErrorIds.MissingFilenameOption);
                    }
                    else
                    {
                        lastSpan = fileName.Span;
                        condition = new PipelineNode([new CommandExpressionNode(fileName, [])], [], null);
                    }

                    break;
                default:
                    isError = true;
                    ReportError(option, ErrorIds.InvalidSwitchFlag, name);
                    break;
            }

            // The file name lives in the option node; the condition refers to it without owning it.
            options.Add(new SwitchOptionNode(option, name, matched == "file" ? fileName : null));
            option = PeekToken();
        }

        var lParen = PeekToken();
        Token? openParen = null;
        Token? closeParen = null;
        if (lParen.Kind == TokenKind.LParen)
        {
            lastSpan = lParen.Span;
            SkipToken();
            openParen = lParen;
            if ((flags & SwitchFlags.File) != 0)
            {
                isError = true;
                ReportError(lParen, ErrorIds.PipelineValueRequired);
            }

            SkipNewlines();
            condition = PipelineChainRule();
            if (condition is null)
            {
                isError = true;
                isIncompleteError = ReportIncompleteInput(After(lParen), ErrorIds.PipelineValueRequired);
            }
            else
            {
                lastSpan = condition.Span;
            }

            SkipNewlines();
            var rParen = NextToken();
            if (rParen.Kind != TokenKind.RParen)
            {
                UngetToken(rParen);
                if (!isIncompleteError)
                {
                    isError = true;
                    isIncompleteError = ReportIncompleteInput(new Text.TextSpan(lastSpan.End, 0), ErrorIds.MissingEndParenthesisInSwitchStatement);
                }
            }
            else
            {
                closeParen = rParen;
                lastSpan = rParen.Span;
            }
        }
        else if (condition is null && (flags & SwitchFlags.File) == 0)
        {
            isError = true;
            isIncompleteError = ReportIncompleteInput(new Text.TextSpan(lastSpan.End, 0), ErrorIds.PipelineValueRequired);
        }

        SkipNewlines();
        var lCurly = NextToken();
        var clauses = new List<SwitchClauseNode>();
        Token? rCurly = null;
        if (lCurly.Kind != TokenKind.LCurly)
        {
            UngetToken(lCurly);
            if (!isIncompleteError)
            {
                isError = true;
                ReportIncompleteInput(new Text.TextSpan(lastSpan.End, 0), ErrorIds.MissingCurlyBraceInSwitchStatement);
            }
        }
        else
        {
            lastSpan = lCurly.Span;
            rCurly = SwitchClausesRule(lCurly, clauses, errorNodes, errorTokens, ref lastSpan, ref isError, ref isIncompleteError);
        }

        if (isError || rCurly is null)
        {
            var tokens = new List<Token>();
            AddIfPresent(tokens, label);
            tokens.Add(switchToken);
            AddIfPresent(tokens, openParen);
            AddIfPresent(tokens, closeParen);
            if (lCurly.Kind == TokenKind.LCurly)
            {
                tokens.Add(lCurly);
            }

            tokens.AddRange(errorTokens);
            AddIfPresent(tokens, rCurly);
            var nested = new List<SyntaxNode>(options);
            if (openParen is not null && condition is not null)
            {
                nested.Add(condition);
            }

            nested.AddRange(clauses);
            nested.AddRange(errorNodes);
            return new ErrorStatementNode(Sorted(tokens), SortedNodes(nested));
        }

        var labelText = label is { } l ? LabelText(l) : null;
        return new SwitchStatementNode(label, labelText, switchToken, options, flags, openParen, condition, closeParen, lCurly, clauses, rCurly.Value);
    }

    /// <summary>Reads the clauses of a switch body after its '{'; returns the '}' or null when it is missing.</summary>
    private Token? SwitchClausesRule(Token lCurly, List<SwitchClauseNode> clauses, List<SyntaxNode> errorNodes, List<Token> errorTokens,
        ref Text.TextSpan lastSpan, ref bool isError, ref bool isIncompleteError)
    {
        SkipNewlines();
        var sawDefault = false;
        while (true)
        {
            var token = PeekToken();
            var isDefault = token.Kind == TokenKind.Default;
            ExpressionNode? clauseCondition;
            if (isDefault)
            {
                SkipToken();
                clauseCondition = new StringConstantExpressionNode(token, StringConstantType.BareWord);
            }
            else
            {
                clauseCondition = GetSingleCommandArgument(CommandArgumentContext.SwitchCondition);
                if (clauseCondition is null)
                {
                    isError = true;
                    ReportIncompleteInput(new Text.TextSpan(lastSpan.End, 0), ErrorIds.MissingSwitchConditionExpression);
                    if (PeekToken().Kind == TokenKind.RCurly)
                    {
                        var close = PeekToken();
                        SkipToken();
                        errorTokens.Add(close);
                    }

                    return null;
                }
            }

            lastSpan = clauseCondition.Span;
            var body = StatementBlockRule();
            if (body is null)
            {
                isError = true;
                isIncompleteError = ReportIncompleteInput(new Text.TextSpan(lastSpan.End, 0), ErrorIds.MissingSwitchStatementClause);
                errorNodes.Add(clauseCondition);
            }
            else
            {
                lastSpan = body.Span;
                if (isDefault && sawDefault)
                {
                    isError = true;
                    ReportError(clauseCondition.Span, ErrorIds.MultipleSwitchDefaultClauses);
                }

                sawDefault |= isDefault;
                clauses.Add(new SwitchClauseNode(clauseCondition, body, isDefault));
            }

            SkipNewlinesAndSemicolons();
            token = PeekToken();
            if (token.Kind == TokenKind.RCurly)
            {
                SkipToken();
                return token;
            }

            if (token.Kind == TokenKind.EndOfInput)
            {
                if (!isIncompleteError)
                {
                    isError = true;
                    ReportIncompleteInput(lCurly.Span, token.Span, ErrorIds.MissingEndCurlyBrace);
                }

                return null;
            }
        }
    }

    private StatementNode ForeachStatementRule(Token? label, Token foreachToken)
    {
        SkipNewlines();
        var flagTokens = new List<Token>();
        var flags = ForEachFlags.None;
        ExpressionNode? throttleLimit = null;
        var errorTokens = new List<Token>();
        var next = PeekToken();
        while (next.Kind == TokenKind.Parameter)
        {
            SkipToken();
            flagTokens.Add(next);
            var name = ParameterName(next);
            if (IsPrefixOf(name, "parallel"))
            {
                flags |= ForEachFlags.Parallel;
            }
            else if (IsPrefixOf(name, "throttlelimit"))
            {
                SkipNewlines();
                throttleLimit = GetSingleCommandArgument(CommandArgumentContext.CommandArgument);
                if (throttleLimit is null)
                {
                    ReportIncompleteInput(After(next), ErrorIds.MissingThrottleLimit);
                }
            }
            else
            {
                errorTokens.Add(next);
                ReportError(next, ErrorIds.InvalidForeachFlag, name);
            }

            SkipNewlines();
            next = PeekToken();
        }

        var head = new List<Token>();
        AddIfPresent(head, label);
        head.Add(foreachToken);
        head.AddRange(flagTokens);
        var nested = new List<SyntaxNode>();
        if (throttleLimit is not null)
        {
            nested.Add(throttleLimit);
        }

        var lParen = NextToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            UngetToken(lParen);
            ReportIncompleteInput(After(foreachToken), ErrorIds.MissingOpenParenthesisAfterKeyword, foreachToken.Kind.Text());
            return new ErrorStatementNode(head, nested);
        }

        head.Add(lParen);
        SkipNewlines();
        var variableToken = NextToken();
        if (variableToken.Kind is not (TokenKind.Variable or TokenKind.SplattedVariable))
        {
            UngetToken(variableToken);
            ReportIncompleteInput(After(lParen), ErrorIds.MissingVariableNameAfterForeach);
            return new ErrorStatementNode(head, nested);
        }

        var variable = NewVariable(variableToken);
        nested.Add(variable);
        SkipNewlines();
        var inToken = NextToken();
        if (inToken.Kind != TokenKind.In)
        {
            UngetToken(inToken);
            ReportIncompleteInput(After(variable), ErrorIds.MissingInInForeach);
            return new ErrorStatementNode(head, nested);
        }

        head.Add(inToken);
        SkipNewlines();
        var pipeline = PipelineChainRule();
        if (pipeline is null)
        {
            ReportIncompleteInput(After(inToken), ErrorIds.MissingForeachExpression);
            return new ErrorStatementNode(head, nested);
        }

        nested.Add(pipeline);
        SkipNewlines();
        var rParen = NextToken();
        if (rParen.Kind != TokenKind.RParen)
        {
            UngetToken(rParen);
            ReportIncompleteInput(After(pipeline), ErrorIds.MissingEndParenthesisAfterForeach);
            return new ErrorStatementNode(head, nested);
        }

        head.Add(rParen);
        var body = StatementBlockRule();
        if (body is null)
        {
            ReportIncompleteInput(After(rParen), ErrorIds.MissingForeachStatement);
            return new ErrorStatementNode(head, nested);
        }

        if (errorTokens.Count > 0)
        {
            nested.Add(body);
            return new ErrorStatementNode(head, nested);
        }

        var labelText = label is { } l ? LabelText(l) : null;
        return new ForEachStatementNode(label, labelText, foreachToken, flagTokens, throttleLimit, lParen, variable, inToken, pipeline, rParen, body, flags);
    }

    private StatementNode ForStatementRule(Token? label, Token forToken)
    {
        SkipNewlines();
        var head = new List<Token>();
        AddIfPresent(head, label);
        head.Add(forToken);
        var lParen = NextToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            UngetToken(lParen);
            ReportIncompleteInput(After(forToken), ErrorIds.MissingOpenParenthesisAfterKeyword, forToken.Kind.Text());
            return new ErrorStatementNode(head, []);
        }

        head.Add(lParen);
        var endErrorSpan = lParen.Span;
        SkipNewlines();
        var initializer = PipelineChainRule();
        endErrorSpan = initializer?.Span ?? endErrorSpan;
        var firstSemi = TakeSemicolon(ref endErrorSpan);
        SkipNewlines();
        var condition = PipelineChainRule();
        endErrorSpan = condition?.Span ?? endErrorSpan;
        var secondSemi = TakeSemicolon(ref endErrorSpan);
        SkipNewlines();
        var iterator = PipelineChainRule();
        endErrorSpan = iterator?.Span ?? endErrorSpan;
        SkipNewlines();
        var rParen = NextToken();
        StatementBlockNode? body = null;
        if (rParen.Kind != TokenKind.RParen)
        {
            UngetToken(rParen);
            ReportIncompleteInput(new Text.TextSpan(endErrorSpan.End, 0), ErrorIds.MissingEndParenthesisAfterStatement, forToken.Kind.Text());
        }
        else
        {
            body = StatementBlockRule();
            if (body is null)
            {
                ReportIncompleteInput(After(rParen), ErrorIds.MissingLoopStatement, forToken.Kind.Text());
            }
        }

        if (body is null)
        {
            AddIfPresent(head, firstSemi);
            AddIfPresent(head, secondSemi);
            if (rParen.Kind == TokenKind.RParen)
            {
                head.Add(rParen);
            }

            var nested = new List<SyntaxNode>();
            AddIfPresent(nested, initializer);
            AddIfPresent(nested, condition);
            AddIfPresent(nested, iterator);
            return new ErrorStatementNode(Sorted(head), nested);
        }

        var labelText = label is { } l ? LabelText(l) : null;
        return new ForStatementNode(label, labelText, forToken, lParen, initializer, firstSemi, condition, secondSemi, iterator, rParen, body);
    }

    private Token? TakeSemicolon(ref Text.TextSpan endErrorSpan)
    {
        var token = PeekToken();
        if (token.Kind != TokenKind.Semi)
        {
            return null;
        }

        SkipToken();
        endErrorSpan = token.Span;
        return token;
    }

    private StatementNode WhileStatementRule(Token? label, Token whileToken)
    {
        SkipNewlines();
        var head = new List<Token>();
        AddIfPresent(head, label);
        head.Add(whileToken);
        var lParen = NextToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            UngetToken(lParen);
            ReportIncompleteInput(After(whileToken), ErrorIds.MissingOpenParenthesisAfterKeyword, TextOf(whileToken));
            return new ErrorStatementNode(head, []);
        }

        head.Add(lParen);
        SkipNewlines();
        var condition = PipelineChainRule();
        if (condition is null)
        {
            ReportIncompleteInput(After(lParen), ErrorIds.MissingExpressionAfterKeyword, whileToken.Kind.Text());
        }

        SkipNewlines();
        var rParen = NextToken();
        if (rParen.Kind != TokenKind.RParen)
        {
            UngetToken(rParen);
            if (condition is not null)
            {
                ReportIncompleteInput(After(condition), ErrorIds.MissingEndParenthesisAfterStatement, whileToken.Kind.Text());
            }

            return new ErrorStatementNode(head, condition is null ? [] : [condition]);
        }

        head.Add(rParen);
        SkipNewlines();
        var body = StatementBlockRule();
        if (body is null || condition is null)
        {
            if (body is null)
            {
                ReportIncompleteInput(After(rParen), ErrorIds.MissingLoopStatement, whileToken.Kind.Text());
            }

            var nested = new List<SyntaxNode>();
            AddIfPresent(nested, condition);
            AddIfPresent(nested, body);
            return new ErrorStatementNode(head, nested);
        }

        var labelText = label is { } l ? LabelText(l) : null;
        return new WhileStatementNode(label, labelText, whileToken, lParen, condition, rParen, body);
    }

    private StatementNode DoWhileStatementRule(Token? label, Token doToken)
    {
        var head = new List<Token>();
        AddIfPresent(head, label);
        head.Add(doToken);
        var body = StatementBlockRule();
        if (body is null)
        {
            ReportIncompleteInput(After(doToken), ErrorIds.MissingLoopStatement, TokenKind.Do.Text());
            return new ErrorStatementNode(head, []);
        }

        SkipNewlines();
        var whileOrUntil = NextToken();
        if (whileOrUntil.Kind is not (TokenKind.While or TokenKind.Until))
        {
            UngetToken(whileOrUntil);
            ReportIncompleteInput(After(body), ErrorIds.MissingWhileOrUntilInDoWhile);
            return new ErrorStatementNode(head, [body]);
        }

        head.Add(whileOrUntil);
        SkipNewlines();
        var lParen = NextToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            UngetToken(lParen);
            ReportIncompleteInput(After(whileOrUntil), ErrorIds.MissingOpenParenthesisAfterKeyword, whileOrUntil.Kind.Text());
            return new ErrorStatementNode(head, [body]);
        }

        head.Add(lParen);
        SkipNewlines();
        var condition = PipelineChainRule();
        if (condition is null)
        {
            ReportIncompleteInput(After(lParen), ErrorIds.MissingExpressionAfterKeyword, whileOrUntil.Kind.Text());
        }

        SkipNewlines();
        var rParen = NextToken();
        if (rParen.Kind != TokenKind.RParen)
        {
            UngetToken(rParen);
            if (condition is not null)
            {
                ReportIncompleteInput(After(condition), ErrorIds.MissingEndParenthesisAfterStatement, whileOrUntil.Kind.Text());
            }

            return new ErrorStatementNode(head, condition is null ? [body] : [body, condition]);
        }

        if (condition is null)
        {
            head.Add(rParen);
            return new ErrorStatementNode(head, [body]);
        }

        var labelText = label is { } l ? LabelText(l) : null;
        return whileOrUntil.Kind == TokenKind.Until
            ? new DoUntilStatementNode(label, labelText, doToken, body, whileOrUntil, lParen, condition, rParen)
            : new DoWhileStatementNode(label, labelText, doToken, body, whileOrUntil, lParen, condition, rParen);
    }

    private string ParameterName(Token parameter)
    {
        var text = SpanOf(parameter)[1..];
        if (text.Length > 0 && text[^1] == ':')
        {
            text = text[..^1];
        }

        return text.ToString();
    }

    private static bool IsPrefixOf(string prefix, string word) => prefix.Length > 0 && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static void AddIfPresent(List<Token> tokens, Token? token)
    {
        if (token is { } value)
        {
            tokens.Add(value);
        }
    }

    private static void AddIfPresent(List<SyntaxNode> nodes, SyntaxNode? node)
    {
        if (node is not null)
        {
            nodes.Add(node);
        }
    }

    private static List<Token> Sorted(List<Token> tokens)
    {
        tokens.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }

    private static List<SyntaxNode> SortedNodes(List<SyntaxNode> nodes)
    {
        nodes.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return nodes;
    }
}
