using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private StatementNode TrapStatementRule(Token trapToken)
    {
        var restorePoint = RestorePoint();
        SkipNewlines();
        var type = AttributeRule();
        var typeConstraint = type as TypeConstraintNode;
        if (type is not null && typeConstraint is null)
        {
            Resync(restorePoint);
        }

        var body = StatementBlockRule();
        if (body is null)
        {
            ReportIncompleteInput(typeConstraint is null ? After(trapToken) : After(typeConstraint), ErrorIds.MissingTrapStatement);
            return new ErrorStatementNode([trapToken], typeConstraint is null ? [] : [typeConstraint]);
        }

        return new TrapStatementNode(trapToken, typeConstraint, body);
    }

    private StatementNode TryStatementRule(Token tryToken)
    {
        SkipNewlines();
        var body = StatementBlockRule();
        if (body is null)
        {
            ReportIncompleteInput(After(tryToken), ErrorIds.MissingTryStatementBlock);
            return new ErrorStatementNode([tryToken], []);
        }

        var catches = new List<CatchClauseNode>();
        var errorNodes = new List<SyntaxNode>();
        var errorTokens = new List<Token>();
        var hadError = false;
        while (CatchBlockRule(errorNodes, errorTokens, ref hadError) is { } clause)
        {
            catches.Add(clause);
        }

        SkipNewlines();
        var finallyToken = PeekToken();
        StatementBlockNode? finallyBlock = null;
        Token? finallyKeyword = null;
        if (finallyToken.Kind == TokenKind.Finally)
        {
            SkipToken();
            finallyKeyword = finallyToken;
            finallyBlock = StatementBlockRule();
            if (finallyBlock is null)
            {
                hadError = true;
                ReportIncompleteInput(After(finallyToken), ErrorIds.MissingFinallyStatementBlock, finallyToken.Kind.Text());
            }
        }

        if (catches.Count == 0 && finallyBlock is null && !hadError)
        {
            hadError = true;
            ReportIncompleteInput(After(body), ErrorIds.MissingCatchOrFinally);
        }

        if (!hadError)
        {
            return new TryStatementNode(tryToken, body, catches, finallyKeyword, finallyBlock);
        }

        var tokens = new List<Token> { tryToken };
        tokens.AddRange(errorTokens);
        AddIfPresent(tokens, finallyKeyword);
        var nested = new List<SyntaxNode> { body };
        nested.AddRange(catches);
        nested.AddRange(errorNodes);
        AddIfPresent(nested, finallyBlock);
        return new ErrorStatementNode(Sorted(tokens), SortedNodes(nested));
    }

    private CatchClauseNode? CatchBlockRule(List<SyntaxNode> errorNodes, List<Token> errorTokens, ref bool hadError)
    {
        SkipNewlines();
        var catchToken = NextToken();
        if (catchToken.Kind != TokenKind.Catch)
        {
            UngetToken(catchToken);
            return null;
        }

        var types = new List<TypeConstraintNode>();
        var commas = new List<Token>();
        Token? comma = null;
        var missingType = false;
        while (true)
        {
            var restorePoint = RestorePoint();
            SkipNewlines();
            var type = AttributeRule();
            if (type is null)
            {
                if (comma is { } previous)
                {
                    missingType = true;
                    ReportIncompleteInput(After(previous), ErrorIds.MissingTypeLiteralToken);
                }

                break;
            }

            if (type is not TypeConstraintNode typeConstraint)
            {
                Resync(restorePoint);
                break;
            }

            types.Add(typeConstraint);
            SkipNewlines();
            var next = PeekToken();
            if (next.Kind != TokenKind.Comma)
            {
                break;
            }

            SkipToken();
            commas.Add(next);
            comma = next;
        }

        var handler = StatementBlockRule();
        if (handler is null || missingType)
        {
            hadError = true;
            if (handler is null && !missingType)
            {
                var end = types.Count > 0 ? After(types[^1]) : After(catchToken);
                ReportIncompleteInput(end, ErrorIds.MissingCatchHandlerBlock);
            }

            errorTokens.Add(catchToken);
            errorTokens.AddRange(commas);
            errorNodes.AddRange(types);
            if (handler is not null)
            {
                errorNodes.Add(handler);
            }

            return null;
        }

        return new CatchClauseNode(catchToken, types, commas, handler);
    }

    private StatementNode DataStatementRule(Token dataToken)
    {
        SkipNewlines();
        var name = SimpleNameRule(out var nameToken);
        SkipNewlines();
        var supported = PeekToken();
        var commands = new List<ExpressionNode>();
        var commas = new List<Token>();
        Token? supportedToken = null;
        var hadError = false;
        if (supported.Kind == TokenKind.Parameter)
        {
            SkipToken();
            supportedToken = supported;
            if (!IsPrefixOf(ParameterName(supported), "SupportedCommand"))
            {
                hadError = true;
                ReportError(supported, ErrorIds.InvalidParameterForDataSectionStatement, ParameterName(supported));
            }

            Token? comma = null;
            while (true)
            {
                SkipNewlines();
                var command = GetSingleCommandArgument(CommandArgumentContext.CommandName);
                if (command is null)
                {
                    if (!hadError)
                    {
                        ReportIncompleteInput(After(comma ?? supported), ErrorIds.MissingValueForSupportedCommandInDataSectionStatement);
                    }

                    hadError = true;
                    break;
                }

                commands.Add(command);
                comma = PeekToken();
                if (comma.Value.Kind != TokenKind.Comma)
                {
                    break;
                }

                SkipToken();
                commas.Add(comma.Value);
            }
        }

        StatementBlockNode? body = null;
        if (!hadError)
        {
            body = StatementBlockRule();
            if (body is null)
            {
                hadError = true;
                var end = commands.Count > 0 ? After(commands[^1]) : name is not null ? After(name) : After(dataToken);
                ReportIncompleteInput(end, ErrorIds.MissingStatementBlockForDataSection);
            }
        }

        if (hadError)
        {
            var tokens = new List<Token> { dataToken };
            if (name is not null)
            {
                tokens.Add(nameToken);
            }

            AddIfPresent(tokens, supportedToken);
            tokens.AddRange(commas);
            var nested = new List<SyntaxNode>(commands);
            AddIfPresent(nested, body);
            return new ErrorStatementNode(Sorted(tokens), nested);
        }

        var variableName = name?.Value;
        return new DataStatementNode(dataToken, name is null ? null : nameToken, variableName, supportedToken, commands, commas, body!);
    }

    private StatementNode FunctionDeclarationRule(Token functionToken)
    {
        SkipNewlines();
        var nameToken = NextToken();
        switch (nameToken.Kind)
        {
            case TokenKind.Pipe or TokenKind.LParen or TokenKind.LCurly or TokenKind.AtParen or TokenKind.AtCurly
                or TokenKind.RCurly or TokenKind.RParen or TokenKind.EndOfInput or TokenKind.Semi or TokenKind.Redirection
                or TokenKind.RedirectInStd or TokenKind.AndAnd or TokenKind.OrOr or TokenKind.Ampersand or TokenKind.Variable
                or TokenKind.SplattedVariable or TokenKind.HereStringExpandable or TokenKind.HereStringLiteral
                or TokenKind.StringLiteral or TokenKind.StringExpandable or TokenKind.NewLine:
                UngetToken(nameToken);
                ReportIncompleteInput(After(functionToken), ErrorIds.MissingNameAfterKeyword, TextOf(functionToken));
                return new ErrorStatementNode([functionToken], []);
        }

        nameToken = Unmark(nameToken, TokenFlags.Keyword);
        var parameters = FunctionParameterDeclarationRule(out var openParen, out var closeParen, out var commas, out var hadError);
        var lCurly = FunctionBodyOpening(nameToken, closeParen, ref hadError);

        if (hadError)
        {
            var tokens = new List<Token> { functionToken, nameToken };
            AddIfPresent(tokens, openParen);
            tokens.AddRange(commas);
            AddIfPresent(tokens, closeParen);
            if (lCurly.Kind == TokenKind.LCurly)
            {
                // PowerShell drops a '{' read after the error; the statements after it parse on their own.
                tokens.Add(lCurly);
            }

            return new ErrorStatementNode(tokens, parameters is null ? [] : [.. parameters]);
        }

        var oldWorkflow = _tokenizer.InWorkflowContext;
        try
        {
            _tokenizer.InWorkflowContext = functionToken.Kind == TokenKind.Workflow;
            var body = ScriptBlockRule(lCurly);
            var name = nameToken.Kind == TokenKind.Generic
                ? StringValue.Decode(SpanOf(nameToken), StringConstantType.BareWord)
                : TextOf(nameToken);
            return new FunctionDefinitionNode(functionToken, nameToken, name, openParen, parameters ?? [], commas, closeParen, body);
        }
        finally
        {
            _tokenizer.InWorkflowContext = oldWorkflow;
        }
    }

    /// <summary>The '{' of a function or method body; reports a missing body unless an error was already reported.</summary>
    private Token FunctionBodyOpening(Token nameToken, Token? closeParen, ref bool hadError)
    {
        var lCurly = NextToken();
        if (lCurly.Kind == TokenKind.LCurly)
        {
            return lCurly;
        }

        UngetToken(lCurly);
        if (!hadError)
        {
            ReportIncompleteInput(closeParen is { } close ? After(close) : After(nameToken), ErrorIds.MissingFunctionBody);
        }

        hadError = true;
        return lCurly;
    }

    /// <summary>Inline parameters <c>($a, $b)</c> of a function or method; null when there are none.</summary>
    private List<ParameterNode>? FunctionParameterDeclarationRule(out Token? openParen, out Token? closeParen, out List<Token> commas, out bool hadError)
    {
        hadError = false;
        openParen = null;
        closeParen = null;
        commas = [];
        SkipNewlines();
        var lParen = PeekToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            return null;
        }

        SkipToken();
        openParen = lParen;
        var (parameters, parsedCommas) = ParameterListRule();
        commas = parsedCommas;
        SkipNewlines();
        var rParen = NextToken();
        if (rParen.Kind != TokenKind.RParen)
        {
            UngetToken(rParen);
            hadError = true;
            ReportIncompleteInput(parameters.Count > 0 ? After(parameters[^1]) : After(lParen), ErrorIds.MissingEndParenthesisInFunctionParameterList);
        }
        else
        {
            closeParen = rParen;
        }

        SkipNewlines();
        return parameters;
    }
}
