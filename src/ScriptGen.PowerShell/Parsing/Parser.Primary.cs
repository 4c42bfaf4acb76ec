using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private ExpressionNode? PrimaryExpressionRule(bool withMemberAccess)
    {
        var token = NextToken();
        ExpressionNode expression;
        switch (token.Kind)
        {
            case TokenKind.SplattedVariable or TokenKind.Variable:
                expression = CheckUsingVariable(token, VariableUserPath(token), withMemberAccess);
                break;
            case TokenKind.Number:
                expression = new ConstantExpressionNode(token);
                break;
            case TokenKind.HereStringExpandable or TokenKind.StringExpandable:
                expression = ExpandableStringRule(token);
                break;
            case TokenKind.HereStringLiteral:
                expression = new StringConstantExpressionNode(token, StringConstantType.SingleQuotedHereString);
                break;
            case TokenKind.StringLiteral:
                expression = new StringConstantExpressionNode(token, StringConstantType.SingleQuoted);
                break;
            case TokenKind.LParen:
                expression = ParenthesizedExpressionRule(token);
                break;
            case TokenKind.AtParen or TokenKind.DollarParen:
                expression = SubExpressionRule(token);
                break;
            case TokenKind.AtCurly:
                expression = HashExpressionRule(token, parsingSchemaElement: false);
                break;
            case TokenKind.LCurly:
                expression = ScriptBlockExpressionRule(token);
                break;
            default:
                UngetToken(token);
                return null;
        }

        return withMemberAccess ? CheckPostPrimaryExpressionOperators(NextMemberAccessToken(true), expression) : expression;
    }

    private VariableExpressionNode NewVariable(Token token) => new(token, VariablePath.Create(VariableUserPath(token)));

    /// <summary>The variable's name without its sigil: <c>$global:x</c> gives <c>global:x</c>, <c>${a`}b}</c> gives <c>a}b</c>.</summary>
    private string VariableUserPath(Token token) => VariableNames.UserPath(SpanOf(token));

    /// <summary>A <c>$using:x</c> variable becomes a using expression around the plain variable (and its member access).</summary>
    private ExpressionNode CheckUsingVariable(Token token, string userPath, bool withMemberAccess)
    {
        var path = VariablePath.Create(userPath);
        if (path.IsDriveQualified && path.DriveName!.Equals("using", StringComparison.OrdinalIgnoreCase) && path.Name.Length > 0)
        {
            ExpressionNode inner = new VariableExpressionNode(token, VariablePath.Create(path.Name));
            if (withMemberAccess)
            {
                inner = CheckPostPrimaryExpressionOperators(NextMemberAccessToken(true), inner);
            }

            return new UsingExpressionNode(inner);
        }

        return new VariableExpressionNode(token, path);
    }

    private ExpressionNode CheckPostPrimaryExpressionOperators(Token? token, ExpressionNode expression)
    {
        while (token is { } op)
        {
            SkipNewlines();
            if (op.Kind is TokenKind.Dot or TokenKind.ColonColon or TokenKind.QuestionDot)
            {
                expression = MemberAccessRule(expression, op);
            }
            else if (op.Kind is TokenKind.LBracket or TokenKind.QuestionLBracket)
            {
                expression = ElementAccessRule(expression, op);
            }

            token = NextMemberAccessToken(true);
        }

        return expression;
    }

    private ExpressionNode HashExpressionRule(Token openToken, bool parsingSchemaElement)
    {
        SkipNewlines();
        var pairs = new List<HashtablePairNode>();
        while (true)
        {
            var pair = GetKeyValuePair(parsingSchemaElement);
            if (pair is null)
            {
                break;
            }

            pairs.Add(pair);
            var token = PeekToken();
            if (token.Kind is not (TokenKind.NewLine or TokenKind.Semi))
            {
                break;
            }

            SkipNewlinesAndSemicolons();
        }

        Token? rCurly = NextToken();
        if (rCurly.Value.Kind != TokenKind.RCurly)
        {
            UngetToken(rCurly.Value);
            var errorId = parsingSchemaElement ? ErrorIds.IncompletePropertyAssignmentBlock : ErrorIds.MissingEndCurlyBrace;
            ReportIncompleteInput(After(openToken), rCurly.Value.Span, errorId);
            rCurly = null;
        }

        return new HashtableNode(openToken, pairs, rCurly);
    }

    private HashtablePairNode? GetKeyValuePair(bool parsingSchemaElement)
    {
        ExpressionNode? key;
        Token equals;
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            key = LabelOrKeyRule();
            if (key is null)
            {
                return null;
            }

            equals = NextToken();
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        if (equals.Kind != TokenKind.Equals)
        {
            UngetToken(equals);
            var errorId = parsingSchemaElement ? ErrorIds.MissingEqualsInPropertyAssignmentBlock : ErrorIds.MissingEqualsInHashLiteral;
            ReportError(After(key), errorId);
            var skipped = SyncOnError(false, TokenKind.RCurly, TokenKind.Semi, TokenKind.NewLine);
            return new HashtablePairNode(key, null, new ErrorStatementNode(skipped, []).At(key.Span.End));
        }

        StatementNode? value;
        try
        {
            SetTokenizerMode(TokenizerMode.Command);
            SkipNewlines();
            value = StatementRule();
            if (value is null)
            {
                var errorId = parsingSchemaElement ? ErrorIds.MissingEqualsInPropertyAssignmentBlock : ErrorIds.MissingStatementInHashLiteral;
                ReportIncompleteInput(After(equals), errorId);
                value = new ErrorStatementNode([], []).At(equals.End);
            }
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        return new HashtablePairNode(key, equals, value);
    }

    private ScriptBlockExpressionNode ScriptBlockExpressionRule(Token lCurly)
    {
        var oldDisableComma = _disableCommaOperator;
        var oldMode = Mode;
        try
        {
            _disableCommaOperator = false;
            SetTokenizerMode(TokenizerMode.Command);
            SkipNewlines();
            return new ScriptBlockExpressionNode(ScriptBlockRule(lCurly));
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
            SetTokenizerMode(oldMode);
        }
    }

    private ExpressionNode SubExpressionRule(Token openToken)
    {
        var statements = new List<StatementNode>();
        Token? rParen;
        var oldDisableComma = _disableCommaOperator;
        var oldMode = Mode;
        try
        {
            _disableCommaOperator = false;
            SetTokenizerMode(TokenizerMode.Command);
            SkipNewlines();
            StatementListRule(statements);
            SkipNewlines();
            rParen = NextToken();
            if (rParen.Value.Kind != TokenKind.RParen)
            {
                UngetToken(rParen.Value);
                ReportIncompleteInput(rParen.Value.Span, ErrorIds.MissingEndParenthesisInSubexpression);
                rParen = null;
            }
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
            SetTokenizerMode(oldMode);
        }

        var block = new StatementBlockNode(null, statements, null);
        return openToken.Kind == TokenKind.DollarParen
            ? new SubExpressionNode(openToken, block, rParen)
            : new ArrayExpressionNode(openToken, block, rParen);
    }

    private ExpressionNode ParenthesizedExpressionRule(Token lParen)
    {
        PipelineBaseNode? pipeline;
        Token? rParen;
        var oldMode = Mode;
        var oldDisableComma = _disableCommaOperator;
        try
        {
            SetTokenizerMode(TokenizerMode.Command);
            _disableCommaOperator = false;
            SkipNewlines();
            pipeline = PipelineChainRule();
            if (pipeline is null)
            {
                ReportIncompleteInput(After(lParen), ErrorIds.ExpectedExpression);
                pipeline = new ErrorStatementNode([], []).At(lParen.End);
            }

            SkipNewlines();
            rParen = NextToken();
            if (rParen.Value.Kind != TokenKind.RParen)
            {
                UngetToken(rParen.Value);
                ReportIncompleteInput(pipeline.Span.Length > 0 ? After(pipeline) : After(lParen), ErrorIds.MissingEndParenthesisInExpression);
                rParen = null;
            }
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
            SetTokenizerMode(oldMode);
        }

        return new ParenExpressionNode(lParen, pipeline, rParen);
    }

    private ExpressionNode ExpandableStringRule(Token token)
    {
        var type = token.Kind == TokenKind.HereStringExpandable ? StringConstantType.DoubleQuotedHereString : StringConstantType.DoubleQuoted;
        if (_tokenizer.GetStringParts(token) is null)
        {
            return new StringConstantExpressionNode(token, type);
        }

        return new ExpandableStringExpressionNode(token, type, ParseNestedExpressions(token));
    }

    /// <summary>Parses the variables and sub-expressions inside an expandable token, each with its own nested tokenizer.</summary>
    private List<ExpressionNode> ParseNestedExpressions(Token token)
    {
        var parts = _tokenizer.GetStringParts(token) ?? [];
        var expressions = new List<ExpressionNode>(parts.Length);
        foreach (var part in parts)
        {
            if (!part.IsSubExpression)
            {
                var span = _tokenizer.PartSourceSpan(part);
                var variable = new Token(TokenKind.Variable, TokenKind.Variable.GetTraits(), span.Start, span.Length, -1);
                expressions.Add(CheckUsingVariable(variable, VariableNames.UserPath(_tokenizer.PartText(part)), withMemberAccess: false));
                continue;
            }

            var nestedTokenizer = _tokenizer.CreateNested(part);
            var nested = new Parser(_source, _options, _diagnostics, nestedTokenizer, _depth) { _blameAt = _blameAt >= 0 ? _blameAt : token.Start };
            var outerCollapsing = ParsingScope.CollapsingQuotes;
            ExpressionNode? expression;
            try
            {
                ParsingScope.CollapsingQuotes = outerCollapsing || part.CollapsesQuotes;
                expression = nested.PrimaryExpressionRule(withMemberAccess: true);
            }
            finally
            {
                ParsingScope.CollapsingQuotes = outerCollapsing;
            }

            expressions.Add(expression ?? new ErrorExpressionNode([], []).At(_tokenizer.PartSourceSpan(part).Start));
        }

        return expressions;
    }
}
