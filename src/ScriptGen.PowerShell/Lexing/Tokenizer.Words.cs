namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// A bare word: reads to the next character that ends a word, taking quoted parts, escapes, variables and
    /// sub-expressions along (<c>C:\x\*.txt</c>, <c>a"b c"</c>, <c>out-$name.txt</c>).
    /// </summary>
    private Token ScanGenericToken()
    {
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c.ForceStartNewToken())
            {
                break;
            }

            if (c == '`')
            {
                _pos++;
                SkipEscapedChar();
            }
            else if (c.IsSingleQuote())
            {
                _pos++;
                ScanSingleQuotedBody(_pos - 1);
            }
            else if (c.IsDoubleQuote())
            {
                _pos++;
                ScanDoubleQuotedBody(_pos - 1);
            }
            else if (c != '$' || !TryScanDollarPart(hereString: false))
            {
                _pos++;
            }
        }

        return NewToken(TokenKind.Generic);
    }

    /// <summary>After a dash followed by a letter: a parameter, or an operator in expression mode.</summary>
    private Token ScanParameter()
    {
        var nameStart = _pos;
        var sawColon = false;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c.IsWhitespace() || c is '{' or '}' or '(' or ')' or ';' or ',' or '|' or '&' or '.' or '[' or '\r' or '\n' or '\0')
            {
                break;
            }

            if (c == ':')
            {
                sawColon = true;
                if (InCommandMode)
                {
                    _pos++;
                }

                break;
            }

            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))
            {
                _pos++;
                continue;
            }

            if (c.IsSingleQuote() || c.IsDoubleQuote())
            {
                if (InCommandMode)
                {
                    return ScanGenericToken();
                }

                break;
            }

            if (!InCommandMode)
            {
                break;
            }

            _pos++;
        }

        var nameEnd = sawColon && InCommandMode ? _pos - 1 : _pos;
        if (InExpressionMode && OperatorTable.TryGetOperator(_text.AsSpan(nameStart, nameEnd - nameStart), out var kind))
        {
            return NewToken(kind);
        }

        return nameEnd == nameStart ? NewToken(TokenKind.Minus) : NewToken(TokenKind.Parameter);
    }

    /// <summary>After a letter: a keyword, an identifier, a type name or a bare word, depending on the mode.</summary>
    private Token ScanIdentifier()
    {
        while (!AtEnd && _text[_pos].IsIdentifierFollow())
        {
            _pos++;
        }

        if (Mode == TokenizerMode.TypeName)
        {
            return ScanTypeNameRest();
        }

        if (!WantSimpleName && InCommandMode && !Peek().ForceStartNewToken())
        {
            return ScanGenericToken();
        }

        if (!WantSimpleName && Mode is TokenizerMode.Command or TokenizerMode.Signature
            && OperatorTable.TryGetKeyword(_text.AsSpan(_tokenStart, _pos - _tokenStart), out var keyword)
            && (keyword != TokenKind.InlineScript || InWorkflowContext))
        {
            return NewToken(keyword);
        }

        return NewToken(TokenKind.Identifier);
    }

    private Token ScanTypeNameRest()
    {
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c is '.' or '`' or '_' or '+' or '#' or '\\' || char.IsLetterOrDigit(c))
            {
                _pos++;
                continue;
            }

            break;
        }

        return NewToken(TokenKind.Identifier, TokenFlags.TypeName);
    }

    /// <summary>After a colon in command mode: a loop label (<c>:outer</c>) or a bare word.</summary>
    private Token ScanLabel()
    {
        if (AtEnd || !Peek().IsIdentifierStart())
        {
            return ScanGenericToken();
        }

        while (!AtEnd && _text[_pos].IsIdentifierFollow())
        {
            _pos++;
        }

        if (InCommandMode && !AtEnd && !Peek().ForceStartNewToken())
        {
            // PowerShell takes the character that broke the label literally, then reads on as a bare word.
            _pos++;
            return ScanGenericToken();
        }

        return NewToken(TokenKind.Label);
    }

    private Token ScanDot()
    {
        var c = Peek();
        if (c == '.' && !AtEnd)
        {
            if (InCommandMode && !PeekAt(1).ForceStartNewToken())
            {
                return ScanGenericToken();
            }

            _pos++;
            return NewToken(TokenKind.DotDot);
        }

        if (c.IsDecimalDigit())
        {
            return ScanNumber();
        }

        if (InCommandMode && !AtEnd && !c.ForceStartNewToken() && c is not ('$' or '"' or '\''))
        {
            return ScanGenericToken();
        }

        return NewToken(TokenKind.Dot);
    }

    /// <summary>A number, or a bare word when the text only starts like one (<c>77z.exe</c>, <c>1.2.3</c>).</summary>
    private Token ScanNumber()
    {
        var text = _text.AsSpan(0, _limit);
        var shape = NumberLiteral.Scan(text, _tokenStart);
        if (shape.NotNumber || !EndsNumber(text, shape.End))
        {
            _pos = _tokenStart;
            return ScanGenericToken();
        }

        _pos = shape.End;
        if (!NumberLiteral.TryGetValue(text, shape, out _))
        {
            if (!InExpressionMode)
            {
                _pos = _tokenStart;
                return ScanGenericToken();
            }

            ReportSpan(_tokenStart, _pos, "BadNumericConstant", _text[_tokenStart.._pos]);
            return NewToken(TokenKind.Number, TokenFlags.TokenInError);
        }

        return NewToken(TokenKind.Number);
    }

    /// <summary>Whether the character at <paramref name="end"/> may follow a number in the current mode.</summary>
    private bool EndsNumber(ReadOnlySpan<char> text, int end)
    {
        var next = end < text.Length ? text[end] : '\0';
        return next.ForceStartNewToken() || (InExpressionMode && next.ForceStartNewTokenAfterNumber(ForceEndNumberOnTernaryOpChars));
    }
}
