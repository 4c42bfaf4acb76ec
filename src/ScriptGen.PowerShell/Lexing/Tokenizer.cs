using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Lexing;

/// <summary>
/// PowerShell's tokenizer. How characters group into tokens depends on the grammar (a bare word is a command name
/// in one place and a member name in another), so, as in PowerShell itself, the parser drives it and switches its
/// mode; <see cref="Tokenize"/> runs a parse and returns the tokens it produced. Every character of the text lands
/// in exactly one top-level token: whitespace, newlines, comments and line continuations are tokens too.
/// </summary>
public sealed partial class Tokenizer
{
    private readonly string _text;
    private readonly int _limit;
    private readonly int[]? _offsetMap;
    private readonly ParseDiagnostics _diagnostics;
    private readonly TokenList? _tokens;
    private int _pos;
    private int _tokenStart;
    private List<StringPart>? _pendingParts;
    private int _noLiteralFooterFrom = int.MaxValue;
    private int _noExpandableFooterFrom = int.MaxValue;

    internal Tokenizer(string text, int start, int limit, int[]? offsetMap, ParseDiagnostics diagnostics, TokenList? tokens, bool isNested, WorkCounter? work = null)
    {
        Work = work ?? new WorkCounter();
        _text = text;
        _pos = start;
        _limit = limit;
        _offsetMap = offsetMap;
        _diagnostics = diagnostics;
        _tokens = tokens;
        IsNested = isNested;
    }

    /// <summary>Tokenizes a whole script: every token, trivia included, in order, ending with <see cref="TokenKind.EndOfInput"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(SourceText source) => PowerShellParser.Parse(source).Tokens;

    internal TokenizerMode Mode { get; set; } = TokenizerMode.Command;

    /// <summary>Counts the scanning done, shared with nested tokenizers, so tests can check that work stays linear.</summary>
    internal WorkCounter Work { get; }

    /// <summary>Lets a sign start a number (<c>-1</c> as one token) where a unary expression may start.</summary>
    internal bool AllowSignedNumbers { get; set; }

    /// <summary>Lets <c>?</c> and <c>:</c> end a number, inside a ternary expression.</summary>
    internal bool ForceEndNumberOnTernaryOpChars { get; set; }

    /// <summary>Asks for a plain identifier (a member or label name), never a keyword or a bare word.</summary>
    internal bool WantSimpleName { get; set; }

    /// <summary>Inside a workflow, where <c>inlinescript</c> is a keyword.</summary>
    internal bool InWorkflowContext { get; set; }

    /// <summary>True for a tokenizer that scans text nested in a string.</summary>
    internal bool IsNested { get; }

    /// <summary>Variables and sub-expressions inside expandable tokens, keyed by the token's start offset.</summary>
    internal Dictionary<int, StringPart[]>? StringParts { get; private set; }

    /// <summary>Top-level comments that start with <c>#requires</c>.</summary>
    internal List<Token>? RequiresComments { get; private set; }

    /// <summary>Where the first comment that looks like a signature block starts, or -1.</summary>
    internal int SignatureStart { get; private set; } = -1;

    /// <summary>The current offset in source coordinates.</summary>
    internal int Position => MapOffset(_pos);

    /// <summary>The source offset where the scanned range ends.</summary>
    internal int LimitPosition => MapOffset(_limit);

    /// <summary>The text the tokenizer reads; for a nested scan of a string, a copy with doubled quotes collapsed.</summary>
    internal string ScannedText => _text;

    /// <summary>Moves back (or forward) to a source offset and forgets the tokens recorded from there on.</summary>
    internal void Resync(int sourceOffset)
    {
        _pos = Math.Clamp(UnmapOffset(sourceOffset), 0, _limit);
        if (_tokens is null)
        {
            return;
        }

        var keep = _tokens.Count;
        while (keep > 0 && _tokens[keep - 1].Start >= sourceOffset)
        {
            keep--;
        }

        _tokens.Truncate(keep);
        if (RequiresComments is { Count: > 0 } requires)
        {
            requires.RemoveAll(t => t.Start >= sourceOffset);
        }
    }

    /// <summary>Marks the current offset as the start of the next token and returns it, for a later <see cref="Resync"/>.</summary>
    internal int GetRestorePoint()
    {
        _tokenStart = _pos;
        return MapOffset(_pos);
    }

    /// <summary>Updates a recorded token's flags (the parser marks command, member, type and attribute names).</summary>
    internal Token SetFlags(Token token, TokenFlags flags)
    {
        var updated = token.WithFlags(flags);
        if (_tokens is not null && token.Index >= 0 && token.Index < _tokens.Count && _tokens[token.Index].Start == token.Start)
        {
            _tokens[token.Index] = updated;
        }

        return updated;
    }

    /// <summary>Changes a recorded token's kind (a generic token that the parser reads as a dynamic keyword).</summary>
    internal Token SetKind(Token token, TokenKind kind)
    {
        var updated = token.WithKind(kind).WithFlags(kind.GetTraits());
        if (_tokens is not null && token.Index >= 0 && token.Index < _tokens.Count && _tokens[token.Index].Start == token.Start)
        {
            _tokens[token.Index] = updated;
        }

        return updated;
    }

    /// <summary>The nested parts of an expandable token, or null when it has none.</summary>
    internal StringPart[]? GetStringParts(Token token) =>
        StringParts is not null && StringParts.TryGetValue(token.Start, out var parts) ? parts : null;

    private char Peek() => _pos < _limit ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _limit ? _text[_pos + offset] : '\0';

    private bool AtEnd => _pos >= _limit;

    private bool InCommandMode => Mode == TokenizerMode.Command;

    private bool InExpressionMode => Mode == TokenizerMode.Expression;

    private int MapOffset(int offset)
    {
        if (_offsetMap is null)
        {
            return offset;
        }

        return offset < _offsetMap.Length ? _offsetMap[offset] : _offsetMap[^1];
    }

    private int UnmapOffset(int sourceOffset)
    {
        if (_offsetMap is null)
        {
            return sourceOffset;
        }

        var index = Array.BinarySearch(_offsetMap, sourceOffset);
        return index >= 0 ? index : ~index;
    }

    private TextSpan SourceSpan(int start, int end)
    {
        var sourceStart = MapOffset(start);
        var sourceEnd = end > start && _offsetMap is not null ? MapOffset(end - 1) + 1 : MapOffset(end);
        return TextSpan.FromBounds(sourceStart, Math.Max(sourceStart, sourceEnd));
    }

    private Token NewToken(TokenKind kind, TokenFlags flags = TokenFlags.None)
    {
        var span = SourceSpan(_tokenStart, _pos);
        Work.Units += 1 + _pos - _tokenStart;
        var index = _tokens?.Count ?? -1;
        var token = new Token(kind, flags | kind.GetTraits(), span.Start, span.Length, index);
        _tokens?.Add(token);
        if (_pendingParts is { Count: > 0 } parts)
        {
            (StringParts ??= [])[span.Start] = [.. parts];
            parts.Clear();
        }

        return token;
    }

    private Token NewEndOfInput()
    {
        Work.Units++;
        _tokenStart = _pos;
        var offset = MapOffset(_pos);
        if (_tokens is { Count: > 0 } tokens && tokens[^1].Kind == TokenKind.EndOfInput)
        {
            return tokens[^1];
        }

        var token = new Token(TokenKind.EndOfInput, TokenKind.EndOfInput.GetTraits(), offset, 0, _tokens?.Count ?? -1);
        _tokens?.Add(token);
        return token;
    }

    private void ReportAt(int offset, string errorId, params ReadOnlySpan<string> args) =>
        _diagnostics.Report(errorId, SourceSpan(offset, Math.Min(offset + 1, Math.Max(offset, _limit))), args);

    private void ReportSpan(int start, int end, string errorId, params ReadOnlySpan<string> args) =>
        _diagnostics.Report(errorId, SourceSpan(start, Math.Max(start, end)), args);
}
