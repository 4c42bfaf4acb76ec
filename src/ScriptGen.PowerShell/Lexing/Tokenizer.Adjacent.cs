namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// A member access operator glued to the previous token (<c>.</c>, <c>::</c>, <c>?.</c>, <c>[</c>, <c>?[</c>),
    /// or null. Whitespace may not come between (<c>$x .Name</c> is not member access); block comments may.
    /// </summary>
    internal Token? GetMemberAccessOperator(bool allowLBracket)
    {
        while (Peek() == '<' && PeekAt(1) == '#' && _pos + 1 < _limit)
        {
            _tokenStart = _pos;
            _pos += 2;
            ScanBlockComment();
        }

        if (AtEnd)
        {
            return null;
        }

        _tokenStart = _pos;
        var c = _text[_pos];
        var next = PeekAt(1);
        var nextAtEnd = _pos + 1 >= _limit;
        switch (c)
        {
            case '.' when next != '.' || nextAtEnd:
                if (InCommandMode && (nextAtEnd || next.IsWhitespace() || next is '\0' or '\r' or '\n'))
                {
                    return null;
                }

                _pos++;
                return NewToken(TokenKind.Dot);
            case ':' when next == ':' && !nextAtEnd:
                var after = PeekAt(2);
                if (InCommandMode && (_pos + 2 >= _limit || after.IsWhitespace() || after is '\0' or '\r' or '\n'))
                {
                    return null;
                }

                _pos += 2;
                return NewToken(TokenKind.ColonColon);
            case '[' when allowLBracket:
                _pos++;
                return NewToken(TokenKind.LBracket);
            case '?' when next == '.' && !nextAtEnd:
                _pos += 2;
                return NewToken(TokenKind.QuestionDot);
            case '?' when next == '[' && !nextAtEnd && allowLBracket:
                _pos += 2;
                return NewToken(TokenKind.QuestionLBracket);
            default:
                return null;
        }
    }

    /// <summary>The <c>(</c> or <c>{</c> of a method call, glued to the member name, or null.</summary>
    internal Token? GetInvokeMemberOpenParen()
    {
        _tokenStart = _pos;
        switch (Peek())
        {
            case '(' when !AtEnd:
                _pos++;
                return NewToken(TokenKind.LParen);
            case '{' when !AtEnd:
                _pos++;
                return NewToken(TokenKind.LCurly);
            default:
                return null;
        }
    }

    /// <summary>
    /// A <c>[</c> after blanks and comments (where an attribute or type constraint may follow), or null. In command
    /// mode a bare word may start with <c>[</c>, so this reads the bracket alone.
    /// </summary>
    internal Token? GetLBracket()
    {
        var resyncPoint = MapOffset(_pos);
        var sawBlankAfterCode = false;
        while (!AtEnd)
        {
            _tokenStart = _pos;
            var c = _text[_pos];
            if (c.IsWhitespace())
            {
                sawBlankAfterCode = true;
                _pos++;
                ScanWhitespace();
            }
            else if (c == '#')
            {
                sawBlankAfterCode = true;
                _pos++;
                ScanLineComment();
            }
            else if (c == '<' && PeekAt(1) == '#' && _pos + 1 < _limit)
            {
                sawBlankAfterCode = false;
                _pos += 2;
                ScanBlockComment();
            }
            else if (c == '[')
            {
                _pos++;
                return NewToken(TokenKind.LBracket);
            }
            else
            {
                // Blanks before "." or "::" decide whether it is member access, so read them again later.
                if (c is '.' or ':' && sawBlankAfterCode)
                {
                    Resync(resyncPoint);
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>After <c>--%</c>: the rest of the line up to a pipe or <c>&amp;&amp;</c> outside double quotes, verbatim.</summary>
    internal Token GetVerbatimCommandArgument()
    {
        if (!AtEnd && _text[_pos].IsWhitespace())
        {
            _tokenStart = _pos;
            ScanWhitespace();
        }

        _tokenStart = _pos;
        var inQuotes = false;
        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c is '\r' or '\n')
            {
                break;
            }

            if (c.IsDoubleQuote())
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '|' || (c == '&' && PeekAt(1) == '&' && _pos + 1 < _limit)))
            {
                break;
            }

            _pos++;
        }

        return NewToken(TokenKind.Generic);
    }

    /// <summary>
    /// After the comma of an assembly-qualified type name: the assembly name and its <c>Key=Value</c> properties,
    /// as tokens. An empty list means the name is missing.
    /// </summary>
    internal List<Token> GetAssemblyNameSpec()
    {
        var tokens = new List<Token>();
        ScanAssemblyNameSpecPart(tokens);
        while (Peek() == ',' && !AtEnd)
        {
            _tokenStart = _pos++;
            tokens.Add(NewToken(TokenKind.Comma));
            ScanAssemblyNameSpecPart(tokens);
            if (Peek() == '=' && !AtEnd)
            {
                _tokenStart = _pos++;
                tokens.Add(NewToken(TokenKind.Equals));
                ScanAssemblyNameSpecPart(tokens);
            }
        }

        return tokens;
    }

    private void ScanAssemblyNameSpecPart(List<Token> tokens)
    {
        SkipBlanks();
        _tokenStart = _pos;
        while (!AtEnd && !_text[_pos].ForceStartNewTokenInAssemblyNameSpec())
        {
            _pos++;
        }

        if (_pos > _tokenStart)
        {
            tokens.Add(NewToken(TokenKind.Identifier, TokenFlags.TypeName));
        }

        SkipBlanks();
    }

    private void SkipBlanks()
    {
        if (!AtEnd && _text[_pos].IsWhitespace())
        {
            _tokenStart = _pos;
            ScanWhitespace();
        }
    }
}
