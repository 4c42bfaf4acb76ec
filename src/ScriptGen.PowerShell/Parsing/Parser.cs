using System.Runtime.CompilerServices;
using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Parsing;

/// <summary>
/// A hand-written recursive-descent parser for PowerShell 7, following the structure, recovery and error ids of
/// PowerShell's own parser. This file holds the token cursor, mode switching, error reporting and the nesting guard;
/// the grammar lives in the other partial files.
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly ParserOptions _options;
    private readonly ParseDiagnostics _diagnostics;
    private readonly Tokenizer _tokenizer;
    private Token? _ungotToken;
    private bool _disableCommaOperator;
    private int _depth;

    /// <summary>Inside a string's sub-expression, the string token's start: its errors are blamed on that token.</summary>
    private int _blameAt = -1;

    private Parser(SourceText source, ParserOptions options, ParseDiagnostics diagnostics, Tokenizer tokenizer, int depth)
    {
        _source = source;
        _options = options;
        _diagnostics = diagnostics;
        _tokenizer = tokenizer;
        _depth = depth;
    }

    /// <summary>Parses a whole script.</summary>
    internal static ParseResult ParseScript(SourceText source, ParserOptions options)
    {
        using var scope = ParsingScope.Enter(source);
        var diagnostics = new ParseDiagnostics(source);
        var tokens = new TokenList();
        var tokenizer = new Tokenizer(source.Text, 0, source.Length, offsetMap: null, diagnostics, tokens, isNested: false);
        var parser = new Parser(source, options, diagnostics, tokenizer, depth: 0);
        var root = parser.ParseRoot(tokens);
        var errors = options.ReportCascadingErrors
            ? diagnostics.Items.Select(static e => e.Diagnostic).ToArray()
            : CascadeFilter.Apply(diagnostics.Items, tokens);
        return new ParseResult(source, root, tokens, errors) { WorkUnits = tokenizer.Work.Units };
    }

    private ScriptBlockNode ParseRoot(TokenList tokens)
    {
        ScriptBlockNode root;
        try
        {
            root = ScriptBlockRule(lCurly: null);
            root.SetSpan(0, _source.Length);
            CheckStatementsBeforeSignature(root);
            _diagnostics.EndSyntaxPhase();
            root.Requirements = ReadRequirements();
            SemanticChecker.Check(root, _diagnostics, _options);
        }
        catch (NestingTooDeepException)
        {
            _diagnostics.Report(ErrorIds.ScriptTooComplicated, new TextSpan(_tokenizer.Position, 0), _options.MaxNestingDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
            root = FlatErrorTree(tokens);
            root.SetSpan(0, _source.Length);
        }

        return root;
    }

    /// <summary>
    /// When parsing had to give up (nesting too deep), keeps the text lossless: the rest is tokenized and the whole
    /// script becomes one error statement that owns every token.
    /// </summary>
    private ScriptBlockNode FlatErrorTree(TokenList tokens)
    {
        _ungotToken = null;
        _tokenizer.Mode = TokenizerMode.Command;
        while (_tokenizer.NextToken().Kind != TokenKind.EndOfInput)
        {
        }

        var owned = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (!SyntaxPrinter.IsSeparator(token.Kind) && token.Kind != TokenKind.EndOfInput)
            {
                owned.Add(token);
            }
        }

        var error = new ErrorStatementNode(owned, []);
        var body = new StatementBlockNode(null, [error], null);
        var block = new NamedBlockNode(null, TokenKind.End, body);
        return new ScriptBlockNode(null, [], null, [block], null, null);
    }

    private TokenizerMode Mode => _tokenizer.Mode;

    /// <summary>Guards recursion: past the configured depth (or when the stack runs low) parsing gives up cleanly.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new NestingTooDeepException();
        }
    }

    private void LeaveNesting() => _depth--;

    private Token NextToken()
    {
        if (_ungotToken is { } token)
        {
            _ungotToken = null;
            return token;
        }

        return _tokenizer.NextToken();
    }

    private Token PeekToken()
    {
        _ungotToken ??= _tokenizer.NextToken();
        return _ungotToken.Value;
    }

    private void SkipToken() => _ungotToken = null;

    private void UngetToken(Token token) => _ungotToken = token;

    private void SkipNewlines()
    {
        if (_ungotToken is null || _ungotToken.Value.Kind == TokenKind.NewLine)
        {
            _ungotToken = null;
            _tokenizer.SkipNewlines(skipSemis: false);
        }
    }

    private void SkipNewlinesAndSemicolons()
    {
        if (_ungotToken is null || _ungotToken.Value.Kind is TokenKind.NewLine or TokenKind.Semi)
        {
            _ungotToken = null;
            _tokenizer.SkipNewlines(skipSemis: true);
        }
    }

    private void SetTokenizerMode(TokenizerMode mode)
    {
        if (mode != _tokenizer.Mode && _ungotToken is { } ungot && !ungot.Kind.HasTrait(TokenFlags.ParseModeInvariant))
        {
            Resync(ungot);
        }

        _tokenizer.Mode = mode;
    }

    private void Resync(Token token) => Resync(token.Start);

    private void Resync(int position)
    {
        _ungotToken = null;
        _tokenizer.Resync(position);
    }

    /// <summary>A point to come back to: the start of the looked-ahead token, or the tokenizer's position.</summary>
    private int RestorePoint() => _ungotToken?.Start ?? _tokenizer.GetRestorePoint();

    private Token? NextMemberAccessToken(bool allowLBracket) =>
        _ungotToken is null ? _tokenizer.GetMemberAccessOperator(allowLBracket) : null;

    private Token? NextInvokeMemberToken() => _ungotToken is null ? _tokenizer.GetInvokeMemberOpenParen() : null;

    private Token? NextLBracket()
    {
        if (_ungotToken is { } ungot)
        {
            return ungot.Kind == TokenKind.LBracket ? NextToken() : null;
        }

        return _tokenizer.GetLBracket();
    }

    private Token Mark(Token token, TokenFlags flags) => _tokenizer.SetFlags(token, token.Flags | flags);

    private Token Unmark(Token token, TokenFlags flags) => _tokenizer.SetFlags(token, token.Flags & ~flags);

    private string TextOf(Token token) => _source.Text.Substring(token.Start, token.Length);

    private ReadOnlySpan<char> SpanOf(Token token) => _source.Text.AsSpan(token.Start, token.Length);

    /// <summary>A zero-length placeholder for a token the text lacks; the printer skips it.</summary>
    private static Token Missing(TokenKind kind, int position) => new(kind, TokenFlags.None, position, 0, -1);

    /// <summary>Skips tokens up to one of <paramref name="syncTokens"/> at the same bracket depth, returning those skipped.</summary>
    private List<Token> SyncOnError(bool consumeClosingToken, params ReadOnlySpan<TokenKind> syncTokens)
    {
        var skipped = new List<Token>();
        var parens = syncTokens.Contains(TokenKind.RParen) ? 1 : 0;
        var curlies = syncTokens.Contains(TokenKind.RCurly) ? 1 : 0;
        var brackets = syncTokens.Contains(TokenKind.RBracket) ? 1 : 0;
        while (true)
        {
            var token = NextToken();
            var closing = false;
            switch (token.Kind)
            {
                case TokenKind.LParen:
                    parens++;
                    break;
                case TokenKind.RParen:
                    closing = --parens == 0 && syncTokens.Contains(TokenKind.RParen);
                    break;
                case TokenKind.LCurly:
                    curlies++;
                    break;
                case TokenKind.RCurly:
                    closing = --curlies == 0 && syncTokens.Contains(TokenKind.RCurly);
                    break;
                case TokenKind.LBracket:
                    brackets++;
                    break;
                case TokenKind.RBracket:
                    closing = --brackets == 0 && syncTokens.Contains(TokenKind.RBracket);
                    break;
                case TokenKind.EndOfInput:
                    UngetToken(token);
                    return skipped;
            }

            if (closing)
            {
                if (consumeClosingToken)
                {
                    skipped.Add(token);
                }
                else
                {
                    UngetToken(token);
                }

                return skipped;
            }

            skipped.Add(token);
            if (syncTokens.Contains(token.Kind) && parens == 0 && curlies == 0 && brackets == 0)
            {
                return skipped;
            }
        }
    }

    private static TextSpan After(Token token) => new(token.End, 0);

    private static TextSpan After(SyntaxNode node) => new(node.Span.End, 0);

    private static TextSpan Before(Token token) => new(Math.Max(0, token.Start - 1), 0);

    private static TextSpan Cover(Token first, Token last) => TextSpan.FromBounds(first.Start, Math.Max(first.Start, last.End));

    private static TextSpan Cover(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, Math.Max(first.Start, last.End));

    private void ReportError(TextSpan span, string errorId, params ReadOnlySpan<string> args) => _diagnostics.Report(errorId, span, Blame(span.Start), args);

    private void ReportError(Token token, string errorId, params ReadOnlySpan<string> args) => _diagnostics.Report(errorId, token.Span, Blame(token.Start), args);

    private int Blame(int position) => _blameAt >= 0 ? _blameAt : position;

    /// <summary>Reports an error noticed at the parser's position and returns true when only whitespace and comments follow it (incomplete input).</summary>
    private bool ReportIncompleteInput(TextSpan span, string errorId, params ReadOnlySpan<string> args)
    {
        _diagnostics.Report(errorId, span, Blame(Math.Max(span.Start, RestorePoint())), args);
        return _tokenizer.IsAtEndOfScript(span.End);
    }

    /// <summary>Reports at <paramref name="span"/> an error detected at <paramref name="detected"/>.</summary>
    private bool ReportIncompleteInput(TextSpan span, TextSpan detected, string errorId, params ReadOnlySpan<string> args)
    {
        _diagnostics.Report(errorId, span, Blame(detected.Start), args);
        return _tokenizer.IsAtEndOfScript(detected.End);
    }

    private int ErrorCount => _diagnostics.Count;

    /// <summary>Thrown only inside the parser to unwind when nesting is too deep.</summary>
    private sealed class NestingTooDeepException : Exception;
}
