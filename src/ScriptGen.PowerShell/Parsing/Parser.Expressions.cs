using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    /// <summary>An expression, with the ternary operator (lowest precedence); null when none starts here.</summary>
    private ExpressionNode? ExpressionRule(bool endNumberOnTernaryOpChars = false)
    {
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            var condition = BinaryExpressionRule(endNumberOnTernaryOpChars);
            if (condition is null)
            {
                return null;
            }

            var question = PeekToken();
            if (question.Kind != TokenKind.QuestionMark)
            {
                return condition;
            }

            SkipToken();
            SkipNewlines();
            var ifTrue = ExpressionRule(endNumberOnTernaryOpChars: true);
            if (ifTrue is null)
            {
                ReportIncompleteInput(After(question), ErrorIds.ExpectedValueExpression, TextOf(question));
                ifTrue = new ErrorExpressionNode([], []).At(question.End);
            }

            SkipNewlines();
            var colon = NextToken();
            if (colon.Kind != TokenKind.Colon)
            {
                UngetToken(colon);
                if (ifTrue is not ErrorExpressionNode)
                {
                    ReportIncompleteInput(colon.Span, ErrorIds.MissingColonInTernaryExpression);
                }

                return new ErrorExpressionNode([question], [condition, ifTrue]);
            }

            SkipNewlines();
            var ifFalse = ExpressionRule(endNumberOnTernaryOpChars: true);
            if (ifFalse is null)
            {
                ReportIncompleteInput(After(colon), ErrorIds.ExpectedValueExpression, TextOf(colon));
                ifFalse = new ErrorExpressionNode([], []).At(colon.End);
            }

            return new TernaryExpressionNode(condition, question, ifTrue, colon, ifFalse);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    /// <summary>Binary operators by precedence, with an operator stack (no recursion per operator).</summary>
    private ExpressionNode? BinaryExpressionRule(bool endNumberOnTernaryOpChars)
    {
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            var expression = ArrayLiteralRule(endNumberOnTernaryOpChars);
            if (expression is null)
            {
                return null;
            }

            var token = PeekToken();
            if (!token.Kind.HasTrait(TokenFlags.BinaryOperator))
            {
                return token.Kind == TokenKind.Parameter ? ParameterInExpression(token, expression) : expression;
            }

            SkipToken();
            var operands = new Stack<ExpressionNode>();
            var operators = new Stack<Token>();
            operands.Push(expression);
            operators.Push(token);
            var precedence = token.Kind.GetBinaryPrecedence();
            Token? strayParameter = null;
            while (true)
            {
                SkipNewlines();
                var operand = ArrayLiteralRule(endNumberOnTernaryOpChars: true);
                if (operand is null)
                {
                    ReportIncompleteInput(After(token), ErrorIds.ExpectedValueExpression, TextOf(token));
                    operand = new ErrorExpressionNode([], []).At(token.End);
                }

                operands.Push(operand);
                token = NextToken();
                if (!token.Kind.HasTrait(TokenFlags.BinaryOperator))
                {
                    if (token.Kind == TokenKind.Parameter)
                    {
                        strayParameter = token;
                    }

                    UngetToken(token);
                    break;
                }

                var newPrecedence = token.Kind.GetBinaryPrecedence();
                while (newPrecedence <= precedence)
                {
                    var right = operands.Pop();
                    var left = operands.Pop();
                    operands.Push(new BinaryExpressionNode(left, operators.Pop(), right));
                    if (operators.Count == 0)
                    {
                        break;
                    }

                    precedence = operators.Peek().Kind.GetBinaryPrecedence();
                }

                operators.Push(token);
                precedence = newPrecedence;
            }

            var result = operands.Pop();
            while (operands.Count > 0)
            {
                result = new BinaryExpressionNode(operands.Pop(), operators.Pop(), result);
            }

            return strayParameter is { } parameter ? ParameterInExpression(parameter, result) : result;
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    /// <summary>A parameter after an expression (<c>$a -foo</c>, an unknown operator) is an error; keep both.</summary>
    private ErrorExpressionNode ParameterInExpression(Token parameter, ExpressionNode expression)
    {
        ReportError(parameter, ErrorIds.UnexpectedToken, TextOf(parameter));
        SkipToken();
        return new ErrorExpressionNode([], [expression, new CommandParameterNode(parameter, ParameterName(parameter), null)]);
    }

    private ExpressionNode? ArrayLiteralRule(bool endNumberOnTernaryOpChars)
    {
        var first = UnaryExpressionRule(endNumberOnTernaryOpChars);
        if (first is null)
        {
            return null;
        }

        var comma = PeekToken();
        if (comma.Kind != TokenKind.Comma || _disableCommaOperator)
        {
            return first;
        }

        var elements = new List<ExpressionNode> { first };
        var commas = new List<Token>();
        while (comma.Kind == TokenKind.Comma)
        {
            SkipToken();
            commas.Add(comma);
            SkipNewlines();
            var element = UnaryExpressionRule(endNumberOnTernaryOpChars: true);
            if (element is null)
            {
                ReportIncompleteInput(After(comma), ErrorIds.MissingExpressionAfterToken, TextOf(comma));
                elements.Add(new ErrorExpressionNode([], []).At(comma.End));
                break;
            }

            elements.Add(element);
            comma = PeekToken();
        }

        return new ArrayLiteralNode(elements, commas);
    }

    private ExpressionNode? UnaryExpressionRule(bool endNumberOnTernaryOpChars = false)
    {
        EnterNesting();
        try
        {
            return UnaryExpressionRuleCore(endNumberOnTernaryOpChars);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private ExpressionNode? UnaryExpressionRuleCore(bool endNumberOnTernaryOpChars)
    {
        Token token;
        var oldAllowSigned = _tokenizer.AllowSignedNumbers;
        var oldEndOnTernary = _tokenizer.ForceEndNumberOnTernaryOpChars;
        try
        {
            _tokenizer.AllowSignedNumbers = true;
            _tokenizer.ForceEndNumberOnTernaryOpChars = endNumberOnTernaryOpChars;
            if (_ungotToken is { } ungot && (ungot.Kind == TokenKind.Minus || (endNumberOnTernaryOpChars && ungot.Kind == TokenKind.Generic)))
            {
                // Read again: "-1" is a number here, and "1?" ends before the '?'.
                Resync(ungot);
            }

            token = PeekToken();
        }
        finally
        {
            _tokenizer.AllowSignedNumbers = oldAllowSigned;
            _tokenizer.ForceEndNumberOnTernaryOpChars = oldEndOnTernary;
        }

        ExpressionNode? expression;
        if (token.Kind.HasTrait(TokenFlags.UnaryOperator))
        {
            if (_disableCommaOperator && token.Kind == TokenKind.Comma)
            {
                return null;
            }

            SkipToken();
            SkipNewlines();
            var operand = UnaryExpressionRule(endNumberOnTernaryOpChars: true);
            if (operand is null)
            {
                ReportIncompleteInput(After(token), ErrorIds.MissingExpressionAfterOperator, TextOf(token));
                return new ErrorExpressionNode([token], []);
            }

            expression = token.Kind == TokenKind.Comma
                ? new ArrayLiteralNode([operand], [token])
                : new UnaryExpressionNode(token, operand, token.Kind);
        }
        else if (token.Kind == TokenKind.LBracket)
        {
            expression = AttributedExpressionRule(token);
            if (expression is null)
            {
                return null;
            }
        }
        else
        {
            expression = PrimaryExpressionRule(withMemberAccess: true);
        }

        if (expression is not null)
        {
            var postfix = PeekToken();
            if (postfix.Kind is TokenKind.PlusPlus or TokenKind.MinusMinus)
            {
                SkipToken();
                var kind = postfix.Kind == TokenKind.PlusPlus ? TokenKind.PostfixPlusPlus : TokenKind.PostfixMinusMinus;
                expression = new UnaryExpressionNode(postfix, expression, kind);
            }
        }

        return expression;
    }

    /// <summary>After '[' in an expression: casts (<c>[int]$x</c>), type literals (<c>[Math]::PI</c>) and attributed expressions.</summary>
    private ExpressionNode? AttributedExpressionRule(Token lBracket)
    {
        var attributes = AttributeListRule(inExpressionMode: true);
        if (attributes is null)
        {
            return null;
        }

        var last = attributes[^1];
        ExpressionNode? expression = null;
        if (last is AttributeNode)
        {
            SkipNewlines();
            var child = UnaryExpressionRule(endNumberOnTernaryOpChars: true);
            if (child is null)
            {
                ReportIncompleteInput(last.Span, ErrorIds.UnexpectedAttribute, last.TypeName.FullName);
                return new ErrorExpressionNode([], [.. attributes]);
            }

            expression = new AttributedExpressionNode(last, child);
        }
        else
        {
            var typeConstraint = (TypeConstraintNode)last;
            var memberAccess = _ungotToken is null ? NextMemberAccessToken(false) : null;
            if (memberAccess is { } access)
            {
                expression = CheckPostPrimaryExpressionOperators(access, TypeExpressionOf(typeConstraint));
            }
            else
            {
                var next = PeekToken();
                if (next.Kind is not (TokenKind.NewLine or TokenKind.Comma))
                {
                    var child = UnaryExpressionRule(endNumberOnTernaryOpChars: true);
                    if (child is not null)
                    {
                        expression = new ConvertExpressionNode(typeConstraint, child);
                    }
                }
            }

            expression ??= TypeExpressionOf(typeConstraint);
        }

        for (var i = attributes.Count - 2; i >= 0; i--)
        {
            expression = attributes[i] is TypeConstraintNode constraint
                ? new ConvertExpressionNode(constraint, expression)
                : new AttributedExpressionNode(attributes[i], expression);
        }

        _ = lBracket;
        return expression;
    }

    private static TypeExpressionNode TypeExpressionOf(TypeConstraintNode constraint) =>
        new(constraint.OpenBracket, constraint.TypeName, constraint.CloseBracket);
}
