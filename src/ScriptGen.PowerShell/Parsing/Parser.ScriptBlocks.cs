using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    /// <summary>A script block: using statements (scripts only), a param block, then named blocks or statements.</summary>
    private ScriptBlockNode ScriptBlockRule(Token? lCurly)
    {
        SkipNewlines();
        var usings = lCurly is null ? UsingStatementsRule() : [];
        var restorePoint = RestorePoint();
        var paramBlock = ParamBlockRule();
        if (paramBlock is null)
        {
            // Attributes read while looking for 'param' mean something else (a cast, a type literal): read them again.
            Resync(restorePoint);
        }

        SkipNewlinesAndSemicolons();
        return ScriptBlockBodyRule(lCurly, usings, paramBlock);
    }

    private List<StatementNode> UsingStatementsRule()
    {
        var result = new List<StatementNode>();
        while (true)
        {
            var token = PeekToken();
            if (token.Kind != TokenKind.Using)
            {
                Resync(token);
                return result;
            }

            SkipToken();
            result.Add(UsingStatementRule(token));
            SkipNewlinesAndSemicolons();
        }
    }

    private ParamBlockNode? ParamBlockRule()
    {
        SkipNewlines();
        var attributes = AttributeListRule(inExpressionMode: false);
        SkipNewlines();
        var paramToken = PeekToken();
        if (paramToken.Kind != TokenKind.Param)
        {
            return null;
        }

        SkipToken();
        SkipNewlines();
        var lParen = NextToken();
        if (lParen.Kind != TokenKind.LParen)
        {
            // Not an error: 'param' without '(' is a command named param.
            UngetToken(lParen);
            return null;
        }

        var (parameters, commas) = ParameterListRule();
        SkipNewlines();
        Token? rParen = NextToken();
        if (rParen.Value.Kind != TokenKind.RParen)
        {
            UngetToken(rParen.Value);
            rParen = null;
            var last = parameters.Count > 0 ? After(parameters[^1]) : After(lParen);
            ReportIncompleteInput(last, ErrorIds.MissingEndParenthesisInFunctionParameterList);
        }

        foreach (var attribute in attributes ?? [])
        {
            if (attribute is TypeConstraintNode)
            {
                ReportError(attribute.Span, ErrorIds.TypeNotAllowedBeforeParam, attribute.TypeName.FullName);
            }
        }

        return new ParamBlockNode(attributes ?? [], paramToken, lParen, parameters, commas, rParen);
    }

    private (List<ParameterNode> Parameters, List<Token> Commas) ParameterListRule()
    {
        var parameters = new List<ParameterNode>();
        var commas = new List<Token>();
        Token? comma = null;
        while (true)
        {
            var parameter = ParameterRule();
            if (parameter is null)
            {
                if (comma is { } previous)
                {
                    ReportIncompleteInput(After(previous), ErrorIds.MissingExpressionAfterToken, ",");
                }

                return (parameters, commas);
            }

            parameters.Add(parameter);
            SkipNewlines();
            var next = PeekToken();
            if (next.Kind != TokenKind.Comma)
            {
                return (parameters, commas);
            }

            SkipToken();
            commas.Add(next);
            comma = next;
        }
    }

    private ParameterNode? ParameterRule()
    {
        var oldDisableComma = _disableCommaOperator;
        var oldMode = Mode;
        try
        {
            _disableCommaOperator = true;
            SetTokenizerMode(TokenizerMode.Expression);
            SkipNewlines();
            var attributes = AttributeListRule(inExpressionMode: false);
            SkipNewlines();
            var token = NextToken();
            if (token.Kind is not (TokenKind.Variable or TokenKind.SplattedVariable))
            {
                UngetToken(token);
                if (attributes is null)
                {
                    return null;
                }

                // Attributes with no variable: skip to ')' and keep what was read, so the text is not lost.
                ReportIncompleteInput(After(attributes[^1]), ErrorIds.InvalidFunctionParameter);
                var skipped = SyncOnError(true, TokenKind.RParen);
                var position = attributes[^1].Span.End;
                var name = new VariableExpressionNode(Missing(TokenKind.Variable, position), VariablePath.Create("__error__"));
                return new ParameterNode(attributes, name, null, new ErrorExpressionNode(skipped, []).At(position));
            }

            SkipNewlines();
            var equals = PeekToken();
            ExpressionNode? defaultValue = null;
            Token? equalsToken = null;
            if (equals.Kind == TokenKind.Equals)
            {
                SkipToken();
                equalsToken = equals;
                SkipNewlines();
                defaultValue = ExpressionRule();
                if (defaultValue is null)
                {
                    ReportIncompleteInput(After(equals), ErrorIds.MissingExpressionAfterToken, "=");
                }
            }

            return new ParameterNode(attributes ?? [], NewVariable(token), equalsToken, defaultValue);
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
            SetTokenizerMode(oldMode);
        }
    }

    private ScriptBlockNode ScriptBlockBodyRule(Token? lCurly, List<StatementNode> usings, ParamBlockNode? paramBlock)
    {
        var token = PeekToken();
        if ((token.Flags & TokenFlags.ScriptBlockBlockName) != 0)
        {
            return NamedBlockListRule(lCurly, usings, paramBlock);
        }

        var statements = new List<StatementNode>();
        Token? rCurly;
        while (true)
        {
            StatementListRule(statements);
            if (CompleteScriptBlockBody(lCurly, statements, out rCurly))
            {
                break;
            }
        }

        var block = new NamedBlockNode(null, TokenKind.End, new StatementBlockNode(null, statements, null));
        return new ScriptBlockNode(lCurly, usings, paramBlock, [block], lCurly is null ? ConsumeRemainder() : null, rCurly);
    }

    /// <summary>
    /// Reads the closing '}' of a braced script block. For a whole script, any token left is unexpected: it is
    /// reported, kept as an error statement, and parsing goes on (false).
    /// </summary>
    private bool CompleteScriptBlockBody(Token? lCurly, List<StatementNode> statements, out Token? rCurly)
    {
        rCurly = null;
        var token = NextToken();
        if (lCurly is { } open)
        {
            if (token.Kind == TokenKind.RCurly)
            {
                rCurly = token;
                return true;
            }

            UngetToken(token);
            ReportIncompleteInput(open.Span, token.Span, ErrorIds.MissingEndCurlyBrace);
            return true;
        }

        if (token.Kind == TokenKind.EndOfInput)
        {
            UngetToken(token);
            return true;
        }

        ReportError(token, ErrorIds.UnexpectedToken, TextOf(token));
        statements.Add(new ErrorStatementNode([token], []));
        return false;
    }

    private ScriptBlockNode NamedBlockListRule(Token? lCurly, List<StatementNode> usings, ParamBlockNode? paramBlock)
    {
        var blocks = new List<NamedBlockNode>();
        var seen = new HashSet<TokenKind>();
        Token? rCurly = null;
        while (true)
        {
            var blockName = NextToken();
            if (blockName.Kind is TokenKind.RCurly or TokenKind.EndOfInput)
            {
                UngetToken(blockName);
                if (lCurly is null && blockName.Kind == TokenKind.RCurly)
                {
                    // A stray '}' ends the script's blocks; PowerShell stops reading there.
                    ReportError(blockName, ErrorIds.UnexpectedToken, TextOf(blockName));
                    break;
                }

                CompleteScriptBlockBody(lCurly, [], out rCurly);
                break;
            }

            if (blockName.Kind is not (TokenKind.Dynamicparam or TokenKind.Begin or TokenKind.Process or TokenKind.End or TokenKind.Clean))
            {
                // A braced block ends here (as if '}' were read); a script stops here, as in PowerShell.
                UngetToken(blockName);
                ReportError(blockName, ErrorIds.MissingNamedBlocks, TextOf(blockName));
                break;
            }

            var body = StatementBlockRule();
            if (body is null)
            {
                ReportIncompleteInput(After(blockName), ErrorIds.MissingNamedStatementBlock, blockName.Kind.Text());
                body = new StatementBlockNode(null, [], null);
            }

            var block = new NamedBlockNode(blockName, blockName.Kind, body);
            if (!seen.Add(blockName.Kind))
            {
                ReportError(block.Span, ErrorIds.DuplicateScriptCommandClause, blockName.Kind.Text());
            }

            blocks.Add(block);
            SkipNewlinesAndSemicolons();
        }

        return new ScriptBlockNode(lCurly, usings, paramBlock, blocks, lCurly is null ? ConsumeRemainder() : null, rCurly);
    }

    /// <summary>At the end of a script, keeps whatever text the parser stopped reading as one error statement.</summary>
    private ErrorStatementNode? ConsumeRemainder()
    {
        var rest = new List<Token>();
        SetTokenizerMode(TokenizerMode.Command);
        while (true)
        {
            var token = NextToken();
            if (token.Kind == TokenKind.EndOfInput)
            {
                UngetToken(token);
                break;
            }

            rest.Add(token);
        }

        return rest.Count == 0 ? null : new ErrorStatementNode(rest, []);
    }

    private StatementBlockNode? StatementBlockRule()
    {
        SkipNewlines();
        var lCurly = NextToken();
        if (lCurly.Kind != TokenKind.LCurly)
        {
            UngetToken(lCurly);
            return null;
        }

        var statements = new List<StatementNode>();
        StatementListRule(statements);
        Token? rCurly = NextToken();
        if (rCurly.Value.Kind != TokenKind.RCurly)
        {
            UngetToken(rCurly.Value);
            ReportIncompleteInput(lCurly.Span, rCurly.Value.Span, ErrorIds.MissingEndCurlyBrace);
            rCurly = null;
        }

        return new StatementBlockNode(lCurly, statements, rCurly);
    }

    private void StatementListRule(List<StatementNode> statements)
    {
        SkipNewlinesAndSemicolons();
        while (true)
        {
            var statement = StatementRule();
            if (statement is null)
            {
                return;
            }

            statements.Add(statement);
            SkipNewlinesAndSemicolons();
            if (PeekToken().Kind is TokenKind.RParen or TokenKind.RCurly)
            {
                return;
            }
        }
    }
}
