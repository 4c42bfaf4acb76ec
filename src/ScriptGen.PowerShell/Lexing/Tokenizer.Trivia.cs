namespace ScriptGen.PowerShell.Lexing;

public sealed partial class Tokenizer
{
    private const string SignatureHeaderCompact = "sig#beginsignatureblock\n";
    private const int SignatureSimilarityThreshold = 10;

    /// <summary>
    /// Records the newlines, whitespace, comments and line continuations ahead (and semicolons when asked) and stops
    /// before the next other token. PowerShell skips these where a statement may continue on the next line.
    /// </summary>
    internal void SkipNewlines(bool skipSemis)
    {
        while (!AtEnd)
        {
            _tokenStart = _pos;
            var c = _text[_pos];
            switch (c)
            {
                case '\r' or '\n':
                    _pos++;
                    if (c == '\r')
                    {
                        SkipLineFeedAfterCarriageReturn();
                    }

                    NewToken(TokenKind.NewLine);
                    continue;
                case ';' when skipSemis:
                    _pos++;
                    NewToken(TokenKind.Semi);
                    continue;
                case '#':
                    _pos++;
                    ScanLineComment();
                    continue;
                case '<' when PeekAt(1) == '#':
                    _pos += 2;
                    ScanBlockComment();
                    continue;
                case '`':
                    _pos++;
                    if (PeekAt(0) is '\r' or '\n' || (char.IsWhiteSpace(Peek()) && !AtEnd))
                    {
                        ScanBacktickTrivia();
                        continue;
                    }

                    _pos--;
                    return;
                default:
                    if (c.IsWhitespace())
                    {
                        _pos++;
                        ScanWhitespace();
                        continue;
                    }

                    return;
            }
        }
    }

    private void ScanWhitespace()
    {
        while (!AtEnd && _text[_pos].IsWhitespace())
        {
            _pos++;
        }

        NewToken(TokenKind.Whitespace);
    }

    private void SkipLineFeedAfterCarriageReturn()
    {
        if (Peek() == '\n')
        {
            _pos++;
        }
    }

    /// <summary>
    /// After a backtick: a line break makes a line continuation and blanks make whitespace (both trivia, true);
    /// anything else starts an escaped bare word (false). A backtick at the end of the text is an error.
    /// </summary>
    private bool ScanBacktickTrivia()
    {
        var c = Peek();
        if (c is '\r' or '\n')
        {
            _pos++;
            if (c == '\r')
            {
                SkipLineFeedAfterCarriageReturn();
            }

            NewToken(TokenKind.LineContinuation);
            return true;
        }

        if (AtEnd)
        {
            ReportSpan(_pos, _pos, "IncompleteString");
            NewToken(TokenKind.Whitespace, TokenFlags.TokenInError);
            return true;
        }

        if (char.IsWhiteSpace(c))
        {
            _pos++;
            ScanWhitespace();
            return true;
        }

        return false;
    }

    private void ScanLineComment()
    {
        while (!AtEnd && _text[_pos] is not ('\r' or '\n'))
        {
            _pos++;
        }

        var token = NewToken(TokenKind.Comment);
        if (IsNested)
        {
            return;
        }

        var body = _text.AsSpan(_tokenStart + 1, _pos - _tokenStart - 1);
        if (body.StartsWith("requires", StringComparison.OrdinalIgnoreCase))
        {
            (RequiresComments ??= []).Add(token);
        }
        else if (LooksLikeSignatureHeader(_text.AsSpan(_tokenStart, _pos - _tokenStart)))
        {
            SignatureStart = token.Start;
        }
    }

    private void ScanBlockComment()
    {
        var openerStart = _pos - 2;
        var close = _text.AsSpan(_pos, _limit - _pos).IndexOf("#>", StringComparison.Ordinal);
        if (close < 0)
        {
            _pos = _limit;
            ReportSpan(openerStart, _pos, "MissingTerminatorMultiLineComment");
            NewToken(TokenKind.Comment, TokenFlags.TokenInError);
            return;
        }

        _pos += close + 2;
        NewToken(TokenKind.Comment);
    }

    /// <summary>
    /// True for a line comment that looks like "# SIG # Begin signature block" (edit distance under 10, ignoring
    /// blanks and case). PowerShell refuses code after such a comment, so nothing can hide below a fake signature.
    /// </summary>
    private static bool LooksLikeSignatureHeader(ReadOnlySpan<char> comment)
    {
        // PowerShell compares the comment's non-blank characters plus its line terminator, and only lines
        // within the threshold of the header's length can be similar enough.
        const int longest = 24 + SignatureSimilarityThreshold;
        const int shortest = 24 - SignatureSimilarityThreshold;
        Span<char> compact = stackalloc char[longest];
        var length = 0;
        foreach (var c in comment)
        {
            if (c.IsWhitespace())
            {
                continue;
            }

            if (length == longest - 1)
            {
                return false;
            }

            compact[length++] = char.ToLowerInvariant(c);
        }

        compact[length++] = '\n';
        return length >= shortest && EditDistance(compact[..length], SignatureHeaderCompact) < SignatureSimilarityThreshold;
    }

    private static int EditDistance(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        Span<int> previous = stackalloc int[second.Length + 1];
        Span<int> current = stackalloc int[second.Length + 1];
        for (var j = 0; j <= second.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= second.Length; j++)
            {
                var substitution = previous[j - 1] + (first[i - 1] == second[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            current.CopyTo(previous);
        }

        return previous[second.Length];
    }

    /// <summary>
    /// True when the next line (after blank and comment-only text, but not a blank line) starts with <c>|</c>:
    /// PowerShell 7 then continues the pipeline on it.
    /// </summary>
    internal bool IsPipeContinuation(Token newLine)
    {
        var i = UnmapOffset(newLine.End);
        var lastWasNewline = true;
        while (i < _limit)
        {
            var c = _text[i];
            if (c.IsWhitespace())
            {
                i++;
            }
            else if (c is '\r' or '\n')
            {
                if (lastWasNewline)
                {
                    return false;
                }

                lastWasNewline = true;
                i += c == '\r' && i + 1 < _limit && _text[i + 1] == '\n' ? 2 : 1;
            }
            else if (c == '#')
            {
                lastWasNewline = false;
                i = SkipLineCommentAt(i + 1);
            }
            else if (c == '<' && i + 1 < _limit && _text[i + 1] == '#')
            {
                lastWasNewline = false;
                i = SkipBlockCommentAt(i + 2);
            }
            else
            {
                return c == '|';
            }
        }

        return false;
    }

    /// <summary>True when only whitespace and comments follow the source offset: the error is "incomplete input".</summary>
    internal bool IsAtEndOfScript(int sourceOffset)
    {
        var i = UnmapOffset(sourceOffset);
        while (i < _limit)
        {
            var c = _text[i];
            if (c == '#')
            {
                i = SkipLineCommentAt(i + 1);
            }
            else if (c == '<' && i + 1 < _limit && _text[i + 1] == '#')
            {
                i = SkipBlockCommentAt(i + 2);
            }
            else if (c.IsWhitespace())
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private int SkipLineCommentAt(int i)
    {
        while (i < _limit && _text[i] is not ('\r' or '\n'))
        {
            i++;
        }

        return i;
    }

    private int SkipBlockCommentAt(int i)
    {
        var close = _text.AsSpan(i, _limit - i).IndexOf("#>", StringComparison.Ordinal);
        return close < 0 ? _limit : i + close + 2;
    }
}
