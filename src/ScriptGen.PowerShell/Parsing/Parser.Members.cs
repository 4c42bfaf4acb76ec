using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private FunctionMemberNode? MethodDeclarationRule(List<AttributeNode> attributes, List<Token> modifiers, TypeConstraintNode? returnType,
        Token nameToken, string className, List<SyntaxNode> errorNodes)
    {
        var name = TextOf(nameToken);
        List<ParameterNode> parameters = [];
        List<Token> commas = [];
        Token? openParen = null;
        Token? closeParen = null;
        var hadError = false;
        if (PeekToken().Kind == TokenKind.LParen)
        {
            parameters = FunctionParameterDeclarationRule(out openParen, out closeParen, out commas, out hadError) ?? [];
        }
        else
        {
            ReportIncompleteInput(After(nameToken), ErrorIds.MissingMethodParameterList);
        }

        var isStatic = modifiers.Exists(static m => m.Kind == TokenKind.Static);
        var isConstructor = name.Equals(className, StringComparison.OrdinalIgnoreCase);
        BaseConstructorCallNode? baseCall = null;
        if (isConstructor && !isStatic)
        {
            SkipNewlines();
            baseCall = BaseConstructorCallRule(ref hadError);
        }

        var lCurly = FunctionBodyOpening(nameToken, closeParen, ref hadError);

        if (hadError)
        {
            var tokens = new List<Token> { nameToken };
            tokens.AddRange(modifiers);
            AddIfPresent(tokens, openParen);
            tokens.AddRange(commas);
            AddIfPresent(tokens, closeParen);
            if (lCurly.Kind == TokenKind.LCurly)
            {
                tokens.Add(lCurly);
            }

            var nested = new List<SyntaxNode>(attributes);
            AddIfPresent(nested, returnType);
            nested.AddRange(parameters);
            AddIfPresent(nested, baseCall);
            errorNodes.Add(new ErrorStatementNode(Sorted(tokens), SortedNodes(nested)));
            SyncAfterBrokenMember(errorNodes);
            return null;
        }

        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Command);
            var body = ScriptBlockRule(lCurly);
            return new FunctionMemberNode(attributes, modifiers, returnType, nameToken, name, openParen, parameters, commas, closeParen, baseCall, body);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    /// <summary>After a method that could not be read, skips to the end of the class body, as PowerShell does.</summary>
    private void SyncAfterBrokenMember(List<SyntaxNode> errorNodes)
    {
        var skipped = SyncOnError(false, TokenKind.RCurly);
        if (skipped.Count > 0)
        {
            errorNodes.Add(new ErrorStatementNode(skipped, []));
        }
    }

    private BaseConstructorCallNode? BaseConstructorCallRule(ref bool hadError)
    {
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Signature);
            var colon = PeekToken();
            if (colon.Kind != TokenKind.Colon)
            {
                return null;
            }

            SkipToken();
            SkipNewlines();
            var baseToken = PeekToken();
            if (baseToken.Kind != TokenKind.Base)
            {
                hadError = true;
                ReportIncompleteInput(After(colon), ErrorIds.MissingBaseCtorCall);
                return new BaseConstructorCallNode(colon, Missing(TokenKind.Base, colon.End), null, [], [], null);
            }

            SkipToken();
            SkipNewlines();
            var lParen = PeekToken();
            if (lParen.Kind != TokenKind.LParen)
            {
                hadError = true;
                ReportIncompleteInput(After(baseToken), ErrorIds.MissingMethodParameterList);
                return new BaseConstructorCallNode(colon, baseToken, null, [], [], null);
            }

            SkipToken();
            var (arguments, commas, rParen) = InvokeParamParenListRule(lParen);
            SkipNewlines();
            return new BaseConstructorCallNode(colon, baseToken, lParen, arguments, commas, rParen);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    private StatementNode UsingStatementRule(Token usingToken)
    {
        var directive = NextToken();
        UsingStatementKind kind;
        var aliasAllowed = false;
        var aliasRequired = false;
        switch (directive.Kind)
        {
            case TokenKind.Namespace:
                kind = UsingStatementKind.Namespace;
                aliasAllowed = true;
                break;
            case TokenKind.Type:
                kind = UsingStatementKind.Type;
                aliasRequired = true;
                break;
            case TokenKind.Module:
                kind = UsingStatementKind.Module;
                aliasAllowed = true;
                break;
            case TokenKind.Command:
                kind = UsingStatementKind.Command;
                aliasRequired = true;
                break;
            case TokenKind.Assembly:
                kind = UsingStatementKind.Assembly;
                break;
            default:
                UngetToken(directive);
                ReportIncompleteInput(After(usingToken), ErrorIds.MissingUsingStatementDirective);
                return new ErrorStatementNode([usingToken], []);
        }

        var itemToken = NextToken();
        if (itemToken.Kind is TokenKind.EndOfInput or TokenKind.NewLine or TokenKind.Comma or TokenKind.Semi)
        {
            // PowerShell consumes the token here; a comma is kept, a newline or semicolon is trivia.
            if (itemToken.Kind == TokenKind.EndOfInput)
            {
                UngetToken(itemToken);
            }

            ReportIncompleteInput(After(directive), ErrorIds.MissingUsingItemName);
            return new ErrorStatementNode(itemToken.Kind == TokenKind.Comma ? [usingToken, directive, itemToken] : [usingToken, directive], []);
        }

        var item = GetCommandArgument(CommandArgumentContext.CommandArgument, itemToken);
        if (item is null)
        {
            // The token was given back: the resync reads it again.
            ReportError(itemToken, ErrorIds.InvalidValueForUsingItemName, TextOf(itemToken));
            var skipped = SyncOnError(true, TokenKind.Semi, TokenKind.NewLine);
            return new ErrorStatementNode([usingToken, directive, .. skipped], []);
        }

        if (item is not StringConstantExpressionNode && (kind != UsingStatementKind.Module || item is not HashtableNode))
        {
            ReportError(item.Span, ErrorIds.InvalidValueForUsingItemName, item.Text);
            return new ErrorStatementNode([usingToken, directive], [item]);
        }

        if ((aliasAllowed || aliasRequired) && item is not HashtableNode)
        {
            var equals = PeekToken();
            if (equals.Kind == TokenKind.Equals)
            {
                SkipToken();
                return UsingAliasRule(usingToken, directive, kind, item, equals);
            }

            if (aliasRequired)
            {
                ReportIncompleteInput(After(itemToken), ErrorIds.MissingEqualsInUsingAlias);
                return new ErrorStatementNode([usingToken, directive], [item]);
            }
        }

        RequireStatementTerminator();
        return new UsingStatementNode(usingToken, directive, kind, item, null, null);
    }

    private StatementNode UsingAliasRule(Token usingToken, Token directive, UsingStatementKind kind, ExpressionNode item, Token equals)
    {
        var aliasToken = NextToken();
        if (aliasToken.Kind is TokenKind.EndOfInput or TokenKind.NewLine or TokenKind.Semi)
        {
            UngetToken(aliasToken);
            ReportIncompleteInput(After(equals), ErrorIds.MissingNamespaceAlias);
            return new ErrorStatementNode([usingToken, directive, equals], [item]);
        }

        if (aliasToken.Kind == TokenKind.Comma)
        {
            ReportError(aliasToken, ErrorIds.UnexpectedUnaryOperator, TextOf(aliasToken));
            return new ErrorStatementNode([usingToken, directive, equals, aliasToken], [item]);
        }

        var alias = GetCommandArgument(CommandArgumentContext.CommandArgument, aliasToken);
        if (alias is not StringConstantExpressionNode && !(kind == UsingStatementKind.Module && alias is HashtableNode))
        {
            var span = alias?.Span ?? aliasToken.Span;
            ReportError(span, ErrorIds.InvalidValueForUsingItemName, _source.GetText(span));
            // A token that is no argument was given back, and the next statement reads it.
            return alias is null
                ? new ErrorStatementNode([usingToken, directive, equals], [item])
                : new ErrorStatementNode([usingToken, directive, equals], [item, alias]);
        }

        RequireStatementTerminator();
        return new UsingStatementNode(usingToken, directive, kind, item, equals, alias);
    }

    /// <summary>After a using statement only a newline, a semicolon or the end may follow.</summary>
    private void RequireStatementTerminator()
    {
        var terminator = PeekToken();
        if (terminator.Kind is TokenKind.NewLine or TokenKind.Semi)
        {
            SkipToken();
        }
        else if (terminator.Kind != TokenKind.EndOfInput)
        {
            ReportIncompleteInput(terminator.Span, ErrorIds.MissingStatementTerminator);
        }
    }
}
