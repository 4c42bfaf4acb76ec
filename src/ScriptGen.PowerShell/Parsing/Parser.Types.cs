using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    private List<AttributeBaseNode>? AttributeListRule(bool inExpressionMode)
    {
        List<AttributeBaseNode>? attributes = null;
        var attribute = AttributeRule();
        while (attribute is not null)
        {
            (attributes ??= []).Add(attribute);
            if (!inExpressionMode || attribute is AttributeNode)
            {
                SkipNewlines();
            }

            attribute = AttributeRule();
        }

        return attributes;
    }

    /// <summary>An attribute <c>[Name(args)]</c> or a type constraint <c>[Type]</c>; null when no '[' follows.</summary>
    private AttributeBaseNode? AttributeRule()
    {
        if (NextLBracket() is not { } lBracket)
        {
            return null;
        }

        SkipNewlines();
        var typeName = TypeNameRule(allowAssemblyQualifiedNames: true, out var firstTypeNameToken);
        if (typeName is null)
        {
            Resync(lBracket);
            ReportIncompleteInput(After(lBracket), ErrorIds.MissingTypename);
            return null;
        }

        var next = NextToken();
        if (next.Kind == TokenKind.LParen)
        {
            return FinishAttribute(lBracket, typeName, firstTypeNameToken, next);
        }

        Token? rBracket = next;
        if (next.Kind != TokenKind.RBracket)
        {
            UngetToken(next);
            ReportError(Before(next), ErrorIds.EndSquareBracketExpectedAtEndOfAttribute);
            rBracket = null;
        }

        return new TypeConstraintNode(lBracket, typeName, rBracket);
    }

    private AttributeNode FinishAttribute(Token lBracket, TypeNameNode typeName, Token? firstTypeNameToken, Token lParen)
    {
        SkipNewlines();
        var arguments = new List<SyntaxNode>();
        var commas = new List<Token>();
        var lastItemSpan = lParen.Span;
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            AttributeArgumentsRule(arguments, commas, ref lastItemSpan);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        SkipNewlines();
        Token? rParen = NextToken();
        if (rParen.Value.Kind != TokenKind.RParen)
        {
            UngetToken(rParen.Value);
            rParen = null;
            ReportIncompleteInput(new Text.TextSpan(lastItemSpan.End, 0), ErrorIds.MissingEndParenthesisInExpression);
        }

        SkipNewlines();
        Token? rBracket = NextToken();
        if (rBracket.Value.Kind != TokenKind.RBracket)
        {
            UngetToken(rBracket.Value);
            rBracket = null;
            if (rParen is { } close)
            {
                ReportIncompleteInput(After(close), ErrorIds.EndSquareBracketExpectedAtEndOfAttribute);
            }
        }

        if (firstTypeNameToken is { } nameToken)
        {
            Mark(nameToken, TokenFlags.AttributeName);
        }

        return new AttributeNode(lBracket, typeName, lParen, arguments, commas, rParen, rBracket);
    }

    private void AttributeArgumentsRule(List<SyntaxNode> arguments, List<Token> commas, ref Text.TextSpan lastItemSpan)
    {
        var oldDisableComma = _disableCommaOperator;
        Token? comma = null;
        var namesSeen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            _disableCommaOperator = true;
            while (true)
            {
                SkipNewlines();
                var name = SimpleNameRule(out var nameToken);
                if (name is not null)
                {
                    var argument = NamedAttributeArgumentRule(name, nameToken, ref lastItemSpan);
                    if (!namesSeen.Add(argument.ArgumentName))
                    {
                        ReportError(name.Span, ErrorIds.DuplicateNamedArgument, argument.ArgumentName);
                    }

                    arguments.Add(argument);
                }
                else if (ExpressionRule() is { } expression)
                {
                    arguments.Add(expression);
                    lastItemSpan = expression.Span;
                }
                else if (comma is { } previous)
                {
                    ReportIncompleteInput(After(previous), ErrorIds.MissingExpressionAfterToken, ",");
                    arguments.Add(new ErrorExpressionNode([], []).At(previous.End));
                    lastItemSpan = After(previous);
                }

                SkipNewlines();
                var next = PeekToken();
                if (next.Kind != TokenKind.Comma)
                {
                    return;
                }

                lastItemSpan = next.Span;
                SkipToken();
                commas.Add(next);
                comma = next;
            }
        }
        finally
        {
            _disableCommaOperator = oldDisableComma;
        }
    }

    private NamedAttributeArgumentNode NamedAttributeArgumentRule(StringConstantExpressionNode name, Token nameToken, ref Text.TextSpan lastItemSpan)
    {
        var equals = PeekToken();
        if (equals.Kind != TokenKind.Equals)
        {
            // A name alone means $true: [Parameter(Mandatory)].
            return new NamedAttributeArgumentNode(nameToken, name.Value, null, null);
        }

        SkipToken();
        SkipNewlines();
        var value = ExpressionRule();
        if (value is null)
        {
            ReportIncompleteInput(After(equals), ErrorIds.MissingExpressionInNamedArgument);
            var skipped = SyncOnError(true, TokenKind.Comma, TokenKind.RParen, TokenKind.RBracket, TokenKind.NewLine);
            value = new ErrorExpressionNode(skipped, []).At(equals.End);
        }

        lastItemSpan = value.Span.Length > 0 ? value.Span : equals.Span;
        return new NamedAttributeArgumentNode(nameToken, name.Value, equals, value);
    }

    private TypeNameNode? TypeNameRule(bool allowAssemblyQualifiedNames, out Token? firstTypeNameToken)
    {
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.TypeName);
            var typeName = NextToken();
            if (typeName.Kind != TokenKind.Identifier)
            {
                UngetToken(typeName);
                firstTypeNameToken = null;
                return null;
            }

            firstTypeNameToken = typeName;
            return FinishTypeNameRule(typeName, unbracketedGenericArgument: false, allowAssemblyQualifiedNames);
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }
    }

    private TypeNameNode FinishTypeNameRule(Token typeName, bool unbracketedGenericArgument, bool allowAssemblyQualifiedNames = true)
    {
        EnterNesting();
        try
        {
            var token = PeekToken();
            if (token.Kind == TokenKind.LBracket)
            {
                var lBracket = token;
                SkipToken();
                SkipNewlines();
                token = NextToken();
                switch (token.Kind)
                {
                    case TokenKind.RBracket or TokenKind.Comma:
                        return CompleteArrayTypeName(new SimpleTypeNameNode(typeName, null, []), lBracket, token, unbracketedGenericArgument);
                    case TokenKind.LBracket or TokenKind.Identifier:
                        return GenericTypeNameRule(typeName, lBracket, token, unbracketedGenericArgument);
                    case TokenKind.EndOfInput:
                        UngetToken(token);
                        ReportIncompleteInput(After(lBracket), ErrorIds.MissingTypename);
                        return new ErrorTypeNameNode(new SimpleTypeNameNode(typeName, null, []), [lBracket]);
                    default:
                        ReportError(token, ErrorIds.UnexpectedToken, TextOf(token));
                        var skipped = SyncOnError(true, TokenKind.RBracket);
                        skipped.Insert(0, token);
                        skipped.Insert(0, lBracket);
                        return new ErrorTypeNameNode(new SimpleTypeNameNode(typeName, null, []), skipped);
                }
            }

            if (token.Kind == TokenKind.Comma && allowAssemblyQualifiedNames && !unbracketedGenericArgument)
            {
                SkipToken();
                var assembly = ReadAssemblyNameSpec(token);
                return new SimpleTypeNameNode(typeName, token, assembly);
            }

            return new SimpleTypeNameNode(typeName, null, []);
        }
        finally
        {
            LeaveNesting();
        }
    }

    private List<Token> ReadAssemblyNameSpec(Token comma)
    {
        var assembly = _tokenizer.GetAssemblyNameSpec();
        if (!assembly.Exists(static t => t.Kind == TokenKind.Identifier))
        {
            ReportError(After(comma), ErrorIds.MissingAssemblyNameSpecification);
        }

        return assembly;
    }

    /// <summary>One type argument: a bare type name, or one in brackets (which may be assembly qualified).</summary>
    private TypeNameNode GetSingleGenericArgument(Token firstToken, List<Token> punctuation)
    {
        if (firstToken.Kind == TokenKind.Identifier)
        {
            return FinishTypeNameRule(firstToken, unbracketedGenericArgument: true);
        }

        var token = NextToken();
        if (token.Kind != TokenKind.Identifier)
        {
            UngetToken(token);
            ReportIncompleteInput(After(token), ErrorIds.MissingTypename);
            return new ErrorTypeNameNode(null, [firstToken]);
        }

        punctuation.Add(firstToken);
        var typeName = FinishTypeNameRule(token, unbracketedGenericArgument: false);
        var rBracket = NextToken();
        if (rBracket.Kind != TokenKind.RBracket)
        {
            UngetToken(rBracket);
            ReportIncompleteInput(Before(rBracket), ErrorIds.EndSquareBracketExpectedAtEndOfType);
        }
        else
        {
            punctuation.Add(rBracket);
        }

        return typeName;
    }

    private List<TypeNameNode> GenericTypeArgumentsRule(Token firstToken, List<Token> punctuation, out Token lastToken)
    {
        var arguments = new List<TypeNameNode> { GetSingleGenericArgument(firstToken, punctuation) };
        while (true)
        {
            SkipNewlines();
            lastToken = NextToken();
            if (lastToken.Kind != TokenKind.Comma)
            {
                return arguments;
            }

            punctuation.Add(lastToken);
            SkipNewlines();
            var token = PeekToken();
            if (token.Kind is TokenKind.Identifier or TokenKind.LBracket)
            {
                SkipToken();
                arguments.Add(GetSingleGenericArgument(token, punctuation));
            }
            else
            {
                ReportIncompleteInput(After(lastToken), ErrorIds.MissingTypename);
                arguments.Add(new ErrorTypeNameNode(null, []));
            }
        }
    }

    private TypeNameNode GenericTypeNameRule(Token genericName, Token lBracket, Token firstToken, bool unbracketedGenericArgument)
    {
        var punctuation = new List<Token>();
        var arguments = GenericTypeArgumentsRule(firstToken, punctuation, out var last);
        Token? rBracket = last;
        if (last.Kind != TokenKind.RBracket)
        {
            UngetToken(last);
            ReportIncompleteInput(Before(last), ErrorIds.EndSquareBracketExpectedAtEndOfAttribute);
            rBracket = null;
        }

        var definition = new SimpleTypeNameNode(genericName, null, []);
        var token = PeekToken();
        if (token.Kind == TokenKind.LBracket)
        {
            SkipToken();
            var generic = new GenericTypeNameNode(definition, lBracket, arguments, punctuation, rBracket, null, []);
            return CompleteArrayTypeName(generic, token, NextToken(), unbracketedGenericArgument);
        }

        if (token.Kind == TokenKind.Comma && !unbracketedGenericArgument)
        {
            SkipToken();
            return new GenericTypeNameNode(definition, lBracket, arguments, punctuation, rBracket, token, ReadAssemblyNameSpec(token));
        }

        return new GenericTypeNameNode(definition, lBracket, arguments, punctuation, rBracket, null, []);
    }

    private TypeNameNode CompleteArrayTypeName(TypeNameNode elementType, Token lBracket, Token firstTokenAfterLBracket, bool unbracketedGenericArgument)
    {
        while (true)
        {
            switch (firstTokenAfterLBracket.Kind)
            {
                case TokenKind.Comma:
                    elementType = MultiDimensionalArrayTypeName(elementType, lBracket, firstTokenAfterLBracket);
                    break;
                case TokenKind.RBracket:
                    elementType = new ArrayTypeNameNode(elementType, lBracket, [], firstTokenAfterLBracket, null, []);
                    break;
                case TokenKind.EndOfInput:
                    UngetToken(firstTokenAfterLBracket);
                    ReportError(Before(firstTokenAfterLBracket), ErrorIds.EndSquareBracketExpectedAtEndOfAttribute);
                    elementType = new ErrorTypeNameNode(elementType, [lBracket]);
                    break;
                default:
                    ReportError(firstTokenAfterLBracket, ErrorIds.UnexpectedToken, TextOf(firstTokenAfterLBracket));
                    var skipped = SyncOnError(true, TokenKind.RBracket);
                    skipped.Insert(0, firstTokenAfterLBracket);
                    skipped.Insert(0, lBracket);
                    elementType = new ErrorTypeNameNode(elementType, skipped);
                    break;
            }

            var token = PeekToken();
            if (!unbracketedGenericArgument && token.Kind == TokenKind.Comma)
            {
                SkipToken();
                var assembly = ReadAssemblyNameSpec(token);
                return elementType is ArrayTypeNameNode array
                    ? new ArrayTypeNameNode(array.ElementType, array.OpenBracket, array.Commas, array.CloseBracket, token, assembly)
                    : new ErrorTypeNameNode(elementType, [token, .. assembly]);
            }

            if (token.Kind != TokenKind.LBracket)
            {
                return elementType;
            }

            // A jagged array: int[][].
            SkipToken();
            lBracket = token;
            firstTokenAfterLBracket = NextToken();
        }
    }

    private TypeNameNode MultiDimensionalArrayTypeName(TypeNameNode elementType, Token lBracket, Token firstComma)
    {
        var commas = new List<Token> { firstComma };
        var token = NextToken();
        while (token.Kind == TokenKind.Comma)
        {
            commas.Add(token);
            token = NextToken();
        }

        var rank = commas.Count + 1;
        Token? rBracket = token;
        if (token.Kind != TokenKind.RBracket)
        {
            UngetToken(token);
            rBracket = null;
        }

        if (rank > 32)
        {
            ReportError(Cover(firstComma, commas[^1]), ErrorIds.ArrayHasTooManyDimensions, rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (rBracket is null)
        {
            ReportError(After(commas[^1]), ErrorIds.EndSquareBracketExpectedAtEndOfAttribute);
        }

        return new ArrayTypeNameNode(elementType, lBracket, commas, rBracket, null, []);
    }
}
