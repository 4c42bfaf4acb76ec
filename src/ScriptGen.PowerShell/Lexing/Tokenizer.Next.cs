namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>Scans the next significant token (a newline counts), recording the trivia before it.</summary>
    internal Token NextToken()
    {
        while (true)
        {
            _tokenStart = _pos;
            _pendingParts?.Clear();
            if (AtEnd)
            {
                return NewEndOfInput();
            }

            var c = _text[_pos++];
            switch (c)
            {
                case ' ' or '\t' or '\f' or '\v' or CharTraits.NoBreakSpace or CharTraits.NextLine:
                    ScanWhitespace();
                    continue;
                case '\'' or CharTraits.QuoteSingleLeft or CharTraits.QuoteSingleRight or CharTraits.QuoteSingleBase or CharTraits.QuoteReversed:
                    return ScanStringLiteral();
                case '"' or CharTraits.QuoteDoubleLeft or CharTraits.QuoteDoubleRight or CharTraits.QuoteLowDoubleLeft:
                    return ScanStringExpandable();
                case '@':
                    return ScanAt();
                case '#':
                    ScanLineComment();
                    continue;
                case '\n':
                    return NewToken(TokenKind.NewLine);
                case '\r':
                    SkipLineFeedAfterCarriageReturn();
                    return NewToken(TokenKind.NewLine);
                case '`':
                    if (ScanBacktickTrivia())
                    {
                        continue;
                    }

                    return ScanGenericToken();
                case '=':
                    return OperatorOrGeneric(TokenKind.Equals);
                case '+':
                    return ScanPlus();
                case '-' or CharTraits.EnDash or CharTraits.EmDash or CharTraits.HorizontalBar:
                    return ScanDash();
                case '*':
                    return ScanStar();
                case '/':
                    return Peek() == '=' ? OperatorOrGeneric(TokenKind.DivideEquals, 1) : OperatorOrGeneric(TokenKind.Divide);
                case '%':
                    return Peek() == '=' ? OperatorOrGeneric(TokenKind.RemainderEquals, 1) : OperatorOrGeneric(TokenKind.Rem);
                case '$':
                    if (Peek() == '(')
                    {
                        _pos++;
                        return NewToken(TokenKind.DollarParen);
                    }

                    return ScanVariable(splatted: false);
                case '<':
                    if (Peek() == '#')
                    {
                        _pos++;
                        ScanBlockComment();
                        continue;
                    }

                    return NewToken(TokenKind.RedirectInStd);
                case '>':
                    if (Peek() == '>')
                    {
                        _pos++;
                    }

                    return NewToken(TokenKind.Redirection);
                case (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_':
                    return ScanIdentifier();
                case '(':
                    return NewToken(TokenKind.LParen);
                case ')':
                    return NewToken(TokenKind.RParen);
                case '[':
                    if (InCommandMode && !Peek().ForceStartNewToken())
                    {
                        return ScanGenericToken();
                    }

                    return NewToken(TokenKind.LBracket);
                case ']':
                    return NewToken(TokenKind.RBracket);
                case '{':
                    return NewToken(TokenKind.LCurly);
                case '}':
                    return NewToken(TokenKind.RCurly);
                case '.':
                    return ScanDot();
                case ';':
                    return NewToken(TokenKind.Semi);
                case ',':
                    return NewToken(TokenKind.Comma);
                case >= '1' and <= '6' when Peek() == '>':
                    return ScanNumberedRedirection();
                case >= '0' and <= '9':
                    return ScanNumber();
                case '&':
                    if (Peek() == '&')
                    {
                        _pos++;
                        return NewToken(TokenKind.AndAnd);
                    }

                    return NewToken(TokenKind.Ampersand);
                case '|':
                    if (Peek() == '|')
                    {
                        _pos++;
                        return NewToken(TokenKind.OrOr);
                    }

                    return NewToken(TokenKind.Pipe);
                case '!':
                    return ScanExclaim();
                case ':':
                    return ScanColon();
                case '?' when InExpressionMode:
                    return ScanQuestion();
                default:
                    if (c.IsWhitespace())
                    {
                        ScanWhitespace();
                        continue;
                    }

                    return char.IsLetter(c) ? ScanIdentifier() : ScanGenericToken();
            }
        }
    }

    /// <summary>In command mode an operator glued to more text is part of a bare word (<c>a=b</c>, <c>+x</c>).</summary>
    private Token OperatorOrGeneric(TokenKind kind, int extraChars = 0)
    {
        _pos += extraChars;
        if (InCommandMode && !Peek().ForceStartNewToken())
        {
            return ScanGenericToken();
        }

        return NewToken(kind);
    }

    private Token ScanAt()
    {
        var c = Peek();
        switch (c)
        {
            case '{':
                _pos++;
                return NewToken(TokenKind.AtCurly);
            case '(':
                _pos++;
                return NewToken(TokenKind.AtParen);
        }

        if (c.IsSingleQuote())
        {
            _pos++;
            return ScanHereStringLiteral();
        }

        if (c.IsDoubleQuote())
        {
            _pos++;
            return ScanHereStringExpandable();
        }

        if (!AtEnd && c.IsVariableStart())
        {
            return ScanVariable(splatted: true);
        }

        ReportAt(_pos - 1, "UnrecognizedToken");
        return NewToken(TokenKind.Unknown, TokenFlags.TokenInError);
    }

    private Token ScanPlus()
    {
        var c = Peek();
        if (c == '+')
        {
            return OperatorOrGeneric(TokenKind.PlusPlus, 1);
        }

        if (c == '=')
        {
            return OperatorOrGeneric(TokenKind.PlusEquals, 1);
        }

        if (AllowSignedNumbers && (char.IsDigit(c) || c == '.'))
        {
            return ScanNumber();
        }

        return OperatorOrGeneric(TokenKind.Plus);
    }

    private Token ScanDash()
    {
        var c = Peek();
        if (c.IsDash())
        {
            return OperatorOrGeneric(TokenKind.MinusMinus, 1);
        }

        if (c == '=')
        {
            return OperatorOrGeneric(TokenKind.MinusEquals, 1);
        }

        if (char.IsLetter(c) || c is '_' or '?')
        {
            return ScanParameter();
        }

        if (AllowSignedNumbers && (char.IsDigit(c) || c == '.'))
        {
            return ScanNumber();
        }

        return OperatorOrGeneric(TokenKind.Minus);
    }

    private Token ScanStar()
    {
        var c = Peek();
        if (c == '=')
        {
            return OperatorOrGeneric(TokenKind.MultiplyEquals, 1);
        }

        if (c != '>')
        {
            return OperatorOrGeneric(TokenKind.Multiply);
        }

        _pos++;
        if (Peek() == '>')
        {
            _pos++;
        }
        else if (Peek() == '&' && PeekAt(1) == '1')
        {
            _pos += 2;
        }

        return NewToken(TokenKind.Redirection);
    }

    private Token ScanNumberedRedirection()
    {
        // "2>" in expression mode is the number 2 followed by a redirection, as in PowerShell.
        var digitEnd = _pos;
        _pos++;
        if (Peek() == '>')
        {
            _pos++;
        }
        else if (Peek() == '&' && PeekAt(1) is '1' or '2')
        {
            _pos += 2;
            return NewToken(TokenKind.Redirection);
        }

        if (InExpressionMode)
        {
            _pos = digitEnd;
            return NewToken(TokenKind.Number);
        }

        return NewToken(TokenKind.Redirection);
    }

    private Token ScanExclaim()
    {
        var c = Peek();
        if ((InCommandMode && !c.ForceStartNewToken()) || (InExpressionMode && c.IsIdentifierStart()))
        {
            return ScanGenericToken();
        }

        if (InExpressionMode && (char.IsDigit(c) || c == '.'))
        {
            // PowerShell probes "!5" as a number: when the probe fails ("!5x") the whole word is a bare word.
            var shape = NumberLiteral.Scan(_text.AsSpan(0, _limit), _tokenStart);
            if (shape.NotNumber || !EndsNumber(_text.AsSpan(0, _limit), shape.End))
            {
                return ScanGenericToken();
            }
        }

        return NewToken(TokenKind.Exclaim);
    }

    private Token ScanColon()
    {
        if (Peek() == ':')
        {
            _pos++;
            if (InCommandMode && !WantSimpleName && !Peek().ForceStartNewToken())
            {
                return ScanGenericToken();
            }

            return NewToken(TokenKind.ColonColon);
        }

        return InCommandMode ? ScanLabel() : NewToken(TokenKind.Colon);
    }

    private Token ScanQuestion()
    {
        if (Peek() != '?')
        {
            return NewToken(TokenKind.QuestionMark);
        }

        _pos++;
        if (Peek() == '=')
        {
            _pos++;
            return NewToken(TokenKind.QuestionQuestionEquals);
        }

        return NewToken(TokenKind.QuestionQuestion);
    }
}
