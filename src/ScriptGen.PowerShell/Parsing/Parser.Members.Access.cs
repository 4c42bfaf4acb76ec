using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    /// <summary>The member after '.', '::' or '?.': a simple name, or an expression (<c>$x.$name</c>, <c>$x.'a b'</c>).</summary>
    private ExpressionNode? MemberNameRule()
    {
        var simpleName = SimpleNameRule(out _);
        if (simpleName is not null)
        {
            return simpleName;
        }

        var token = PeekToken();
        if (token.Kind.HasTrait(TokenFlags.UnaryOperator) || token.Kind == TokenKind.LBracket)
        {
            return UnaryExpressionRule();
        }

        return PrimaryExpressionRule(withMemberAccess: false);
    }

    private ExpressionNode MemberAccessRule(ExpressionNode target, Token operatorToken)
    {
        CommandElementNode? member = MemberNameRule();
        if (member is null)
        {
            ReportIncompleteInput(After(operatorToken), ErrorIds.MissingPropertyName);
            member = GetSingleCommandArgument(CommandArgumentContext.CommandArgument);
            if (member is null)
            {
                return new ErrorExpressionNode([operatorToken], [target]);
            }
        }
        else if (_ungotToken is null)
        {
            var resyncPoint = _tokenizer.GetRestorePoint();
            var genericArguments = GenericMethodArgumentsRule(resyncPoint);
            if (NextInvokeMemberToken() is { } open)
            {
                return MemberInvokeRule(target, operatorToken, member, genericArguments, open);
            }

            if (genericArguments is not null)
            {
                Resync(resyncPoint);
            }
        }

        return new MemberExpressionNode(target, operatorToken, member);
    }

    /// <summary><c>[int, string]</c> after a method name, when a call follows; null (after resyncing) otherwise.</summary>
    private GenericMethodArgumentsNode? GenericMethodArgumentsRule(int resyncPoint)
    {
        var lBracket = NextToken();
        if (lBracket.Kind != TokenKind.LBracket)
        {
            Resync(resyncPoint);
            return null;
        }

        var oldMode = Mode;
        var keep = false;
        try
        {
            SetTokenizerMode(TokenizerMode.TypeName);
            SkipNewlines();
            var first = NextToken();
            if (first.Kind != TokenKind.Identifier)
            {
                return null;
            }

            keep = true;
            var punctuation = new List<Token>();
            var arguments = GenericTypeArgumentsRule(first, punctuation, out var last);
            Token? rBracket = last;
            if (last.Kind != TokenKind.RBracket)
            {
                UngetToken(last);
                ReportIncompleteInput(Before(last), ErrorIds.EndSquareBracketExpectedAtEndOfType);
                rBracket = null;
            }

            return new GenericMethodArgumentsNode(lBracket, arguments, punctuation, rBracket);
        }
        finally
        {
            SetTokenizerMode(oldMode);
            if (!keep)
            {
                Resync(resyncPoint);
            }
        }
    }

    private ExpressionNode MemberInvokeRule(ExpressionNode target, Token operatorToken, CommandElementNode member,
        GenericMethodArgumentsNode? genericArguments, Token open)
    {
        if (open.Kind == TokenKind.LParen)
        {
            var (arguments, commas, rParen) = InvokeParamParenListRule(open);
            return new InvokeMemberExpressionNode(target, operatorToken, member, genericArguments, open, arguments, commas, rParen);
        }

        // $x.Where{ ... }: a script block is the only argument.
        SkipNewlines();
        var block = ScriptBlockExpressionRule(open);
        return new InvokeMemberExpressionNode(target, operatorToken, member, genericArguments, Missing(TokenKind.LParen, open.Start), [block], [], null);
    }

    private (List<ExpressionNode> Arguments, List<Token> Commas, Token? RParen) InvokeParamParenListRule(Token lParen)
    {
        var arguments = new List<ExpressionNode>();
        var commas = new List<Token>();
        Token? comma = null;
        var reportedError = false;
        var oldDisableComma = _disableCommaOperator;
        Token? rParen;
        try
        {
            _disableCommaOperator = true;
            while (true)
            {
                SkipNewlines();
                var argument = ExpressionRule();
                if (argument is null)
                {
                    if (comma is { } previous)
                    {
                        ReportIncompleteInput(After(previous), ErrorIds.MissingExpressionAfterToken, ",");
                        reportedError = true;
                    }

                    break;
                }

                arguments.Add(argument);
                SkipNewlines();
                var next = NextToken();
                if (next.Kind != TokenKind.Comma)
                {
                    UngetToken(next);
                    comma = null;
                    break;
                }

                commas.Add(next);
                comma = next;
            }

            SkipNewlines();
            rParen = NextToken();
            if (rParen.Value.Kind != TokenKind.RParen)
            {
                UngetToken(rParen.Value);
                if (!reportedError)
                {
                    ReportIncompleteInput(arguments.Count > 0 ? After(arguments[^1]) : After(lParen), ErrorIds.MissingEndParenthesisInMethodCall);
                }

                rParen = null;
            }
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
        }

        return (arguments, commas, rParen);
    }

    private ExpressionNode ElementAccessRule(ExpressionNode target, Token lBracket)
    {
        SkipNewlines();
        var oldDisableComma = _disableCommaOperator;
        ExpressionNode? index;
        try
        {
            _disableCommaOperator = false;
            index = ExpressionRule();
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
        }

        var missingIndex = index is null;
        if (index is null)
        {
            ReportIncompleteInput(After(lBracket), ErrorIds.MissingArrayIndexExpression);
            index = new ErrorExpressionNode([], []).At(lBracket.End);
        }

        SkipNewlines();
        Token? rBracket = NextToken();
        if (rBracket.Value.Kind != TokenKind.RBracket)
        {
            UngetToken(rBracket.Value);
            if (!missingIndex)
            {
                ReportIncompleteInput(After(index), ErrorIds.MissingEndSquareBracket);
            }

            rBracket = null;
        }

        return new IndexExpressionNode(target, lBracket, index, rBracket);
    }
}
