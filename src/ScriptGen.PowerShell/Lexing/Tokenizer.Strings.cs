namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    private const int MaxUnicodeEscapeDigits = 6;

    private Token ScanStringLiteral()
    {
        var terminated = ScanSingleQuotedBody(_pos - 1);
        return NewToken(TokenKind.StringLiteral, terminated ? TokenFlags.None : TokenFlags.TokenInError);
    }

    private Token ScanStringExpandable()
    {
        var terminated = ScanDoubleQuotedBody(_pos - 1);
        return NewToken(TokenKind.StringExpandable, terminated ? TokenFlags.None : TokenFlags.TokenInError);
    }

    /// <summary>Scans up to and including the closing quote; a doubled quote is an escaped quote.</summary>
    private bool ScanSingleQuotedBody(int openQuote)
    {
        while (!AtEnd)
        {
            var c = _text[_pos++];
            if (c.IsSingleQuote())
            {
                if (!Peek().IsSingleQuote() || AtEnd)
                {
                    return true;
                }

                _pos++;
            }
        }

        ReportSpan(openQuote, _pos, "TerminatorExpectedAtEndOfString", "'");
        return false;
    }

    /// <summary>Scans up to and including the closing quote, recording variables and sub-expressions.</summary>
    private bool ScanDoubleQuotedBody(int openQuote)
    {
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c.IsDoubleQuote())
            {
                _pos++;
                if (AtEnd || !Peek().IsDoubleQuote())
                {
                    return true;
                }

                _pos++;
            }
            else if (c == '$')
            {
                if (!TryScanDollarPart(hereString: false))
                {
                    _pos++;
                }
            }
            else if (c == '`')
            {
                _pos++;
                SkipEscapedChar();
            }
            else
            {
                _pos++;
            }
        }

        ReportSpan(openQuote, _pos, "TerminatorExpectedAtEndOfString", "\"");
        return false;
    }

    /// <summary>After a backtick: consumes the escaped character, and the rest of a <c>`u{XXXX}</c> escape.</summary>
    private void SkipEscapedChar()
    {
        if (AtEnd || _text[_pos] == '\0')
        {
            return;
        }

        var c = _text[_pos++];
        if (c == 'u')
        {
            SkipUnicodeEscape(_pos - 2);
        }
    }

    private void SkipUnicodeEscape(int escapeStart)
    {
        if (Peek() != '{' || AtEnd)
        {
            ReportSpan(escapeStart, _pos, "InvalidUnicodeEscapeSequence");
            return;
        }

        _pos++;
        var digitsStart = _pos;
        for (var i = 0; i <= MaxUnicodeEscapeDigits; i++)
        {
            var c = Peek();
            if (c == '}' && !AtEnd)
            {
                _pos++;
                if (i == 0)
                {
                    ReportSpan(escapeStart, _pos, "InvalidUnicodeEscapeSequence");
                }
                else if (ParseHex(_text.AsSpan(digitsStart, i)) > 0x10FFFF)
                {
                    ReportSpan(digitsStart, _pos - 1, "InvalidUnicodeEscapeSequenceValue");
                }

                return;
            }

            if (!c.IsHexDigit() || AtEnd)
            {
                ReportAt(_pos, i < MaxUnicodeEscapeDigits ? "InvalidUnicodeEscapeSequence" : "MissingUnicodeEscapeSequenceTerminator");
                return;
            }

            if (i == MaxUnicodeEscapeDigits)
            {
                ReportAt(_pos, "TooManyDigitsInUnicodeEscapeSequence");
                return;
            }

            _pos++;
        }
    }

    private static int ParseHex(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value << 4) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    /// <summary>
    /// At a <c>$</c> inside a string or bare word: records a <c>$( )</c> sub-expression (found by counting parentheses,
    /// as PowerShell does) or a variable, and returns true; returns false when the <c>$</c> is a plain character.
    /// </summary>
    private bool TryScanDollarPart(bool hereString)
    {
        var dollar = _pos;
        var next = PeekAt(1);
        if (next == '(' && _pos + 1 < _limit)
        {
            _pos += 2;
            ScanSubExpressionText(dollar, hereString);
            (_pendingParts ??= []).Add(new StringPart(dollar, _pos, IsSubExpression: true, CollapsesQuotes: !hereString));
            return true;
        }

        if (_pos + 1 >= _limit || !(next.IsVariableStart() || next == '{'))
        {
            return false;
        }

        var savedMode = Mode;
        var savedTokenStart = _tokenStart;
        try
        {
            Mode = TokenizerMode.Expression;
            _tokenStart = dollar;
            _pos++;
            ScanVariableBody(splatted: false, inString: true);
        }
        finally
        {
            Mode = savedMode;
            _tokenStart = savedTokenStart;
        }

        (_pendingParts ??= []).Add(new StringPart(dollar, _pos, IsSubExpression: false, CollapsesQuotes: false));
        return true;
    }

    private void ScanSubExpressionText(int dollar, bool hereString)
    {
        var depth = 1;
        while (!AtEnd)
        {
            var c = _text[_pos++];
            switch (c)
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0)
                    {
                        return;
                    }

                    break;
                case '`' or '"' or CharTraits.QuoteDoubleLeft or CharTraits.QuoteDoubleRight or CharTraits.QuoteLowDoubleLeft:
                    if (!hereString && !AtEnd && Peek().IsDoubleQuote())
                    {
                        _pos++;
                    }

                    break;
            }
        }

        ReportSpan(dollar, _pos, "IncompleteDollarSubexpressionReference");
    }

    private Token ScanHereStringLiteral() => ScanHereString(expandable: false);

    private Token ScanHereStringExpandable() => ScanHereString(expandable: true);

    private Token ScanHereString(bool expandable)
    {
        var headerStart = _pos - 2;
        var kind = expandable ? TokenKind.HereStringExpandable : TokenKind.HereStringLiteral;
        var terminator = expandable ? "\"@" : "'@";
        if (!ScanAfterHereStringHeader(headerStart, expandable ? '"' : '\'', terminator))
        {
            _pendingParts?.Clear();
            return NewToken(kind, TokenFlags.TokenInError);
        }

        var falseFooter = -1;
        if (TryScanHereStringFooter(expandable, ref falseFooter))
        {
            return NewToken(kind);
        }

        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c is '\r' or '\n')
            {
                _pos++;
                if (c == '\r')
                {
                    SkipLineFeedAfterCarriageReturn();
                }

                if (TryScanHereStringFooter(expandable, ref falseFooter))
                {
                    return NewToken(kind);
                }
            }
            else if (expandable && c == '$')
            {
                if (!TryScanDollarPart(hereString: true))
                {
                    _pos++;
                }
            }
            else if (expandable && c == '`')
            {
                _pos++;
                SkipEscapedChar();
            }
            else
            {
                _pos++;
            }
        }

        if (falseFooter >= 0)
        {
            ReportSpan(falseFooter, _pos, "WhitespaceBeforeHereStringFooter");
        }
        else
        {
            ReportSpan(headerStart, _pos, "TerminatorExpectedAtEndOfString", terminator);
        }

        return NewToken(kind, TokenFlags.TokenInError);
    }

    /// <summary>
    /// The header must end its line (blanks allowed). Text after it is an error; when a footer follows on a later
    /// line, that text is skipped and the here-string read as meant (one error, not a cascade through its body);
    /// otherwise, as PowerShell does, the token ends with the line.
    /// </summary>
    private bool ScanAfterHereStringHeader(int headerStart, char quote, string terminator)
    {
        while (!AtEnd && _text[_pos].IsWhitespace())
        {
            _pos++;
        }

        if (AtEnd)
        {
            ReportSpan(headerStart, _pos, "TerminatorExpectedAtEndOfString", terminator);
            return false;
        }

        var c = _text[_pos];
        if (c is '\r' or '\n')
        {
            SkipLineBreak();
            return true;
        }

        ReportAt(_pos, "UnexpectedCharactersAfterHereStringHeader");
        var lineEnd = _pos;
        while (lineEnd < _limit && _text[lineEnd] is not ('\r' or '\n'))
        {
            lineEnd++;
        }

        if (HasHereStringFooterAfter(lineEnd, quote == '"'))
        {
            _pos = lineEnd;
            SkipLineBreak();
            return true;
        }

        while (!AtEnd)
        {
            c = _text[_pos];
            if (c is '\r' or '\n')
            {
                break;
            }

            _pos++;
            if (c == quote && Peek() == '@' && !AtEnd)
            {
                _pos++;
                break;
            }
        }

        return false;
    }

    private void SkipLineBreak()
    {
        var c = _text[_pos];
        _pos++;
        if (c == '\r')
        {
            SkipLineFeedAfterCarriageReturn();
        }
    }

    /// <summary>
    /// True when a line after <paramref name="position"/> starts with the footer. The answer "none" is remembered
    /// per quote, so a script full of broken headers is still scanned in linear time.
    /// </summary>
    private bool HasHereStringFooterAfter(int position, bool expandable)
    {
        ref var noFooterFrom = ref expandable ? ref _noExpandableFooterFrom : ref _noLiteralFooterFrom;
        if (position >= noFooterFrom)
        {
            return false;
        }

        for (var i = position; i + 2 < _limit; i++)
        {
            if (_text[i] is '\r' or '\n' && IsHereStringQuote(_text[i + 1], expandable) && _text[i + 2] == '@')
            {
                return true;
            }
        }

        noFooterFrom = position;
        return false;
    }

    /// <summary>
    /// At the start of a line: consumes the closing <c>'@</c> or <c>"@</c> and returns true. A closer preceded by
    /// blanks is remembered so the error can say that the blanks are the problem.
    /// </summary>
    private bool TryScanHereStringFooter(bool expandable, ref int falseFooter)
    {
        if (IsHereStringQuote(Peek(), expandable) && PeekAt(1) == '@' && _pos + 1 < _limit)
        {
            _pos += 2;
            return true;
        }

        var lineStart = _pos;
        while (!AtEnd && _text[_pos].IsWhitespace())
        {
            _pos++;
        }

        if (AtEnd || _text[_pos] is '\r' or '\n')
        {
            return false;
        }

        if (IsHereStringQuote(Peek(), expandable) && PeekAt(1) == '@' && _pos + 1 < _limit)
        {
            if (falseFooter < 0 && _pos > lineStart)
            {
                falseFooter = _pos;
            }

            _pos += 2;
        }

        return false;
    }

    private static bool IsHereStringQuote(char c, bool expandable) => expandable ? c.IsDoubleQuote() : c.IsSingleQuote();
}
