using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    /// <summary>One statement, or null at the end of a statement list.</summary>
    private StatementNode? StatementRule()
    {
        EnterNesting();
        try
        {
            return StatementRuleCore();
        }
        finally
        {
            LeaveNesting();
        }
    }

    private StatementNode? StatementRuleCore()
    {
        var token = NextToken();
        List<AttributeBaseNode>? attributes = null;
        var restorePoint = 0;
        if (token.Kind == TokenKind.Generic && SpanOf(token)[0] == '[')
        {
            restorePoint = token.Start;
            Resync(token);
            attributes = AttributeListRule(inExpressionMode: false);
            token = NextToken();
            if (attributes is not null && !KeepAttributesForStatement(attributes, ref token, restorePoint))
            {
                attributes = null;
            }
        }

        var statement = KeywordStatementRule(token, attributes, restorePoint, out var attributesUsed);
        if (attributes is null || attributesUsed)
        {
            return statement;
        }

        // PowerShell drops attributes a statement cannot carry (after reporting it); the tree keeps them.
        var nested = new List<SyntaxNode>(attributes);
        if (statement is not null)
        {
            nested.Add(statement);
        }

        return new ErrorStatementNode([], nested);
    }

    /// <summary>
    /// Decides what attributes before a statement mean: kept for the statement (true), or read again as the start
    /// of an expression such as a cast (false, after a resync).
    /// </summary>
    private bool KeepAttributesForStatement(List<AttributeBaseNode> attributes, ref Token token, int restorePoint)
    {
        if ((token.Flags & TokenFlags.StatementDoesntSupportAttributes) != 0)
        {
            if (attributes.Exists(static a => a is TypeConstraintNode))
            {
                Resync(restorePoint);
                token = NextToken();
                return false;
            }

            ReportError(attributes[0].Span, ErrorIds.UnexpectedAttribute, attributes[0].TypeName.FullName);
            return true;
        }

        if ((token.Flags & TokenFlags.Keyword) != 0)
        {
            var typeConstraint = attributes.Find(static a => a is not AttributeNode);
            if (typeConstraint is not null)
            {
                ReportError(typeConstraint.Span, ErrorIds.TypeNotAllowedBeforeStatement, typeConstraint.TypeName.FullName);
            }

            return true;
        }

        Resync(restorePoint);
        token = NextToken();
        return false;
    }

    private StatementNode? KeywordStatementRule(Token token, List<AttributeBaseNode>? attributes, int restorePoint, out bool attributesUsed)
    {
        attributesUsed = false;
        switch (token.Kind)
        {
            case TokenKind.If:
                return IfStatementRule(token);
            case TokenKind.Switch:
                return SwitchStatementRule(null, token);
            case TokenKind.Foreach:
                return ForeachStatementRule(null, token);
            case TokenKind.For:
                return ForStatementRule(null, token);
            case TokenKind.While:
                return WhileStatementRule(null, token);
            case TokenKind.Do:
                return DoWhileStatementRule(null, token);
            case TokenKind.Function or TokenKind.Filter or TokenKind.Workflow:
                return FunctionDeclarationRule(token);
            case TokenKind.Return:
                return new ReturnStatementNode(token, PipelineChainRule());
            case TokenKind.Throw:
                return new ThrowStatementNode(token, PipelineChainRule());
            case TokenKind.Exit:
                return new ExitStatementNode(token, PipelineChainRule());
            case TokenKind.Break:
                return new BreakStatementNode(token, LabelOrKeyRule());
            case TokenKind.Continue:
                return new ContinueStatementNode(token, LabelOrKeyRule());
            case TokenKind.Trap:
                return TrapStatementRule(token);
            case TokenKind.Try:
                return TryStatementRule(token);
            case TokenKind.Data:
                return DataStatementRule(token);
            case TokenKind.Parallel or TokenKind.Sequence:
                return BlockStatementRule(token);
            case TokenKind.Configuration:
                attributesUsed = true;
                return ConfigurationStatementRule(attributes, token);
            case TokenKind.From or TokenKind.Define or TokenKind.Var:
                ReportError(token, ErrorIds.ReservedKeywordNotAllowed, token.Kind.Text());
                return new ErrorStatementNode([token], []);
            case TokenKind.Label:
                SkipNewlines();
                return LabeledStatementRule(token);
            case TokenKind.EndOfInput:
                if (attributes is not null)
                {
                    attributesUsed = true;
                    Resync(restorePoint);
                    return PipelineChainRule();
                }

                UngetToken(token);
                return null;
            case TokenKind.Else or TokenKind.ElseIf or TokenKind.Catch or TokenKind.Until when ErrorCount > 0:
                // After an earlier error PowerShell eats a stray keyword rather than calling a command by that name.
                SkipNewlines();
                var next = StatementRule();
                return new ErrorStatementNode([token], next is null ? [] : [next]);
            case TokenKind.Class:
                attributesUsed = true;
                return ClassDefinitionRule(attributes, token);
            case TokenKind.Enum:
                attributesUsed = true;
                return EnumDefinitionRule(attributes, token);
            case TokenKind.Using:
                var usingStatement = UsingStatementRule(token);
                ReportError(usingStatement.Span, ErrorIds.UsingMustBeAtStartOfScript);
                return usingStatement;
            default:
                if (attributes is not null)
                {
                    attributesUsed = true;
                    Resync(restorePoint);
                }
                else
                {
                    UngetToken(token);
                }

                if (_dscDepth > 0 && TryDynamicKeywordStatement() is { } keywordStatement)
                {
                    return keywordStatement;
                }

                return PipelineChainRule();
        }
    }

    /// <summary>A bare identifier (a member name, a label, a hashtable key), read as a string constant; or null.</summary>
    private StringConstantExpressionNode? SimpleNameRule(out Token token)
    {
        try
        {
            _tokenizer.WantSimpleName = true;
            token = PeekToken();
        }
        finally
        {
            _tokenizer.WantSimpleName = false;
        }

        if (token.Kind != TokenKind.Identifier)
        {
            return null;
        }

        token = Mark(token, TokenFlags.MemberName);
        SkipToken();
        return new StringConstantExpressionNode(token, StringConstantType.BareWord);
    }

    /// <summary>A loop label after break/continue, or a hashtable key: a simple name or a unary expression.</summary>
    private ExpressionNode? LabelOrKeyRule()
    {
        var simpleName = SimpleNameRule(out _);
        if (simpleName is not null)
        {
            return simpleName;
        }

        var token = PeekToken();
        if (token.Kind is TokenKind.NewLine or TokenKind.Semi)
        {
            return null;
        }

        var oldDisableComma = _disableCommaOperator;
        try
        {
            _disableCommaOperator = true;
            return UnaryExpressionRule();
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
        }
    }

    private StatementNode LabeledStatementRule(Token label)
    {
        var token = NextToken();
        switch (token.Kind)
        {
            case TokenKind.Switch:
                return SwitchStatementRule(label, token);
            case TokenKind.Foreach:
                return ForeachStatementRule(label, token);
            case TokenKind.For:
                return ForStatementRule(label, token);
            case TokenKind.While:
                return WhileStatementRule(label, token);
            case TokenKind.Do:
                return DoWhileStatementRule(label, token);
            default:
                // Not a loop: the label was a command name all along (PowerShell resyncs to read it again).
                Resync(label);
                return PipelineChainRule() ?? new ErrorStatementNode([], []).At(label.Start);
        }
    }

    private string LabelText(Token label) => _source.Text.Substring(label.Start + 1, label.Length - 1);

    private StatementNode BlockStatementRule(Token keyword)
    {
        var body = StatementBlockRule();
        if (body is null)
        {
            ReportIncompleteInput(After(keyword), ErrorIds.MissingStatementAfterKeyword, TextOf(keyword));
            return new ErrorStatementNode([keyword], []);
        }

        return new BlockStatementNode(keyword, body);
    }

    private StatementNode IfStatementRule(Token ifToken)
    {
        var clauses = new List<IfClauseNode>();
        var keyword = ifToken;
        while (true)
        {
            SkipNewlines();
            var lParen = NextToken();
            if (lParen.Kind != TokenKind.LParen)
            {
                UngetToken(lParen);
                ReportIncompleteInput(After(keyword), ErrorIds.MissingOpenParenthesisInIfStatement, TextOf(keyword));
                return IfError(clauses, [keyword]);
            }

            SkipNewlines();
            var condition = PipelineChainRule();
            if (condition is null)
            {
                ReportIncompleteInput(After(lParen), ErrorIds.IfStatementMissingCondition, TextOf(keyword));
            }

            SkipNewlines();
            var rParen = NextToken();
            if (rParen.Kind != TokenKind.RParen)
            {
                UngetToken(rParen);
                if (condition is not null)
                {
                    ReportIncompleteInput(rParen.Span, ErrorIds.MissingEndParenthesisAfterStatement, TextOf(keyword));
                }

                return IfError(clauses, [keyword, lParen], condition);
            }

            SkipNewlines();
            var body = StatementBlockRule();
            if (body is null)
            {
                ReportIncompleteInput(rParen.Span, ErrorIds.MissingStatementBlock, TextOf(keyword));
                return IfError(clauses, [keyword, lParen, rParen], condition);
            }

            clauses.Add(new IfClauseNode(keyword, lParen, condition ?? new ErrorStatementNode([], []).At(lParen.End), rParen, body));

            // Keep the newlines after the last clause if no else follows: a hashtable entry may need them.
            var restorePoint = RestorePoint();
            SkipNewlines();
            keyword = PeekToken();
            if (keyword.Kind == TokenKind.ElseIf)
            {
                SkipToken();
                continue;
            }

            if (keyword.Kind == TokenKind.Else)
            {
                SkipToken();
                SkipNewlines();
                var elseBlock = StatementBlockRule();
                if (elseBlock is null)
                {
                    ReportIncompleteInput(After(keyword), ErrorIds.MissingStatementBlockAfterElse);
                    return IfError(clauses, [keyword]);
                }

                return new IfStatementNode(clauses, keyword, elseBlock);
            }

            Resync(restorePoint);
            return new IfStatementNode(clauses, null, null);
        }
    }

    /// <summary>The error statement of a broken if: the clauses read so far, then the tokens and nodes of the bad one.</summary>
    private static ErrorStatementNode IfError(List<IfClauseNode> clauses, Token[] tokens, SyntaxNode? condition = null)
    {
        var nested = new List<SyntaxNode>(clauses);
        if (condition is not null)
        {
            nested.Add(condition);
        }

        return new ErrorStatementNode(tokens, nested);
    }
}
