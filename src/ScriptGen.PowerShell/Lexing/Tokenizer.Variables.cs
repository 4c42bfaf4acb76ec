using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    private enum VariableScan
    {
        Variable,
        BareWord,
        NotVariable,
    }

    /// <summary>After <c>$</c> or <c>@</c>: a variable token, or a bare word when the text only starts like one.</summary>
    private Token ScanVariable(bool splatted)
    {
        switch (ScanVariableBody(splatted, inString: false))
        {
            case VariableScan.BareWord:
                _pos = _tokenStart;
                return ScanGenericToken();
            case VariableScan.NotVariable:
                return ScanGenericToken();
            default:
                return NewToken(splatted ? TokenKind.SplattedVariable : TokenKind.Variable);
        }
    }

    /// <summary>Scans a variable name after its sigil and reports malformed names; never creates a token.</summary>
    private VariableScan ScanVariableBody(bool splatted, bool inString)
    {
        var nameStart = _pos;
        if (Peek() == '{' && !AtEnd)
        {
            return ScanBracedVariable(inString);
        }

        if (AtEnd || !Peek().IsVariableStart())
        {
            return VariableScan.NotVariable;
        }

        var first = _text[_pos++];
        if (first is '$' or '?' or '^')
        {
            return InCommandMode && !Peek().ForceStartNewToken() ? VariableScan.BareWord : VariableScan.Variable;
        }

        while (!AtEnd)
        {
            var c = _text[_pos];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '?')
            {
                _pos++;
                continue;
            }

            if (c == ':')
            {
                if (PeekAt(1) == ':')
                {
                    break;
                }

                _pos++;
                continue;
            }

            if (c is '\t' or '\r' or '\n' or ' ' or '&' or '(' or ')' or ',' or ';' or '{' or '}' or '|' or '.' or '[' or '=')
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                _pos++;
                continue;
            }

            if (InCommandMode && !c.ForceStartNewToken())
            {
                return VariableScan.BareWord;
            }

            break;
        }

        CheckVariablePath(_text.AsSpan(nameStart, _pos - nameStart), braced: false);
        _ = splatted;
        return VariableScan.Variable;
    }

    private VariableScan ScanBracedVariable(bool inString)
    {
        var errorStart = _pos;
        _pos++;
        var nameStart = _pos;
        var closed = false;
        while (!AtEnd)
        {
            var c = _text[_pos++];
            if (c == '}')
            {
                closed = true;
                break;
            }

            if (c == '`')
            {
                if (!AtEnd)
                {
                    SkipEscapedChar();
                }
            }
            else if (inString && c.IsDoubleQuote())
            {
                if (!AtEnd && Peek().IsDoubleQuote())
                {
                    _pos++;
                }
            }
            else if (c == '{')
            {
                ReportAt(_pos, "OpenBraceNeedsToBeBackTickedInVariableName");
            }
        }

        var nameEnd = closed ? _pos - 1 : _pos;
        if (!closed)
        {
            ReportSpan(errorStart, _pos, "IncompleteDollarVariableReference");
        }

        if (nameEnd == nameStart)
        {
            if (closed)
            {
                ReportAt(_pos - 1, "EmptyVariableReference");
            }

            return VariableScan.Variable;
        }

        if (InCommandMode)
        {
            var next = Peek();
            if (!AtEnd && !next.ForceStartNewToken() && next != '.' && next != '[')
            {
                return VariableScan.BareWord;
            }
        }

        CheckVariablePath(_text.AsSpan(nameStart, nameEnd - nameStart), braced: true);
        return VariableScan.Variable;
    }

    /// <summary>A scope or drive prefix needs a name after it: <c>$env:</c> alone is an error.</summary>
    private void CheckVariablePath(ReadOnlySpan<char> name, bool braced)
    {
        var nameStart = VariablePath.ScanQualifier(name, out _, out var driveQualified);
        if (nameStart < name.Length)
        {
            return;
        }

        if (braced)
        {
            ReportSpan(_tokenStart, _pos, "InvalidBracedVariableReference");
        }
        else
        {
            ReportSpan(_tokenStart, _pos, driveQualified ? "InvalidVariableReferenceWithDrive" : "InvalidVariableReference");
        }
    }
}
