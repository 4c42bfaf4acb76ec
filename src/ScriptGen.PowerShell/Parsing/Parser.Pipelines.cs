using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

internal sealed partial class Parser
{
    /// <summary>An assignment, or pipelines joined by <c>&amp;&amp;</c> and <c>||</c>; null when no pipeline starts here.</summary>
    private PipelineBaseNode? PipelineChainRule()
    {
        EnterNesting();
        try
        {
            return PipelineChainRuleCore();
        }
        finally
        {
            LeaveNesting();
        }
    }

    private PipelineBaseNode? PipelineChainRuleCore()
    {
        ExpressionNode? expression;
        Token? assignToken = null;
        var oldMode = Mode;
        try
        {
            SetTokenizerMode(TokenizerMode.Expression);
            expression = ExpressionRule();
            if (expression is not null)
            {
                var token = PeekToken();
                if (token.Kind.HasTrait(TokenFlags.AssignmentOperator))
                {
                    SkipToken();
                    assignToken = token;
                }
            }
        }
        finally
        {
            SetTokenizerMode(oldMode);
        }

        if (expression is not null && assignToken is { } assign)
        {
            SkipNewlines();
            var value = StatementRule();
            if (value is null)
            {
                ReportIncompleteInput(After(assign), ErrorIds.ExpectedValueExpression, TextOf(assign));
                value = new ErrorStatementNode([], []).At(assign.End);
            }

            return new AssignmentStatementNode(expression, assign, value);
        }

        return PipelineChainTail(expression);
    }

    private PipelineBaseNode? PipelineChainTail(ExpressionNode? startExpression)
    {
        PipelineBaseNode? chain = null;
        Token? chainOperator = null;
        while (true)
        {
            var firstToken = PeekToken();
            var pipeline = PipelineRule(startExpression);
            startExpression = null;
            if (pipeline is null)
            {
                if (chainOperator is not { } op)
                {
                    return null;
                }

                if (firstToken.Kind == TokenKind.EndOfInput)
                {
                    ReportIncompleteInput(After(op), ErrorIds.EmptyPipelineChainElement, TextOf(op));
                }
                else if (firstToken.Kind is not (TokenKind.Dot or TokenKind.Ampersand))
                {
                    ReportError(Cover(op, firstToken), ErrorIds.EmptyPipelineChainElement, TextOf(op));
                }

                return new ErrorStatementNode([op], [chain!]);
            }

            var next = PeekToken();
            Token? background = null;
            switch (next.Kind)
            {
                case TokenKind.AndAnd or TokenKind.OrOr:
                    SkipToken();
                    SkipNewlines();
                    break;
                case TokenKind.Ampersand:
                    SkipToken();
                    var afterAmpersand = PeekToken();
                    if (afterAmpersand.Kind is TokenKind.AndAnd or TokenKind.OrOr)
                    {
                        SkipToken();
                        ReportError(afterAmpersand, ErrorIds.BackgroundOperatorInPipelineChain);
                        var nested = chain is null ? new List<SyntaxNode> { pipeline } : [chain, pipeline];
                        return new ErrorStatementNode(chainOperator is { } o ? [o, next, afterAmpersand] : [next, afterAmpersand], SortedNodes(nested));
                    }

                    background = next;
                    goto default;
                default:
                    if (chain is null)
                    {
                        return background is null ? pipeline : pipeline.WithBackground(background.Value);
                    }

                    return new PipelineChainNode(chain, chainOperator!.Value, pipeline, background);
            }

            chain = chain is null ? pipeline : new PipelineChainNode(chain, chainOperator!.Value, pipeline, null);
            chainOperator = next;
            if (PeekToken().Kind == TokenKind.EndOfInput)
            {
                ReportIncompleteInput(After(next), ErrorIds.EmptyPipelineChainElement, TextOf(next));
                return new ErrorStatementNode([next], [chain]);
            }
        }
    }

    /// <summary>Commands and expressions joined by <c>|</c>; null when none starts here.</summary>
    private PipelineNode? PipelineRule(ExpressionNode? startExpression = null)
    {
        var elements = new List<CommandBaseNode>();
        var pipes = new List<Token>();
        Token? lastPipe = null;
        var expression = startExpression;
        while (true)
        {
            if (expression is null)
            {
                var oldMode = Mode;
                try
                {
                    SetTokenizerMode(TokenizerMode.Expression);
                    expression = ExpressionRule();
                }
                finally
                {
                    SetTokenizerMode(oldMode);
                }
            }

            CommandBaseNode? element;
            if (expression is not null)
            {
                if (elements.Count > 0)
                {
                    ReportError(expression.Span, ErrorIds.ExpressionsMustBeFirstInPipeline);
                }

                var redirections = new List<RedirectionNode>();
                var redirected = new RedirectionAccumulator();
                while (PeekToken().Kind is TokenKind.Redirection or TokenKind.RedirectInStd)
                {
                    var token = PeekToken();
                    SkipToken();
                    redirections.Add(RedirectionRule(token, redirected));
                }

                element = new CommandExpressionNode(expression, redirections);
            }
            else
            {
                element = CommandRule();
            }

            if (element is not null)
            {
                elements.Add(element);
            }
            else if (elements.Count > 0 || PeekToken().Kind == TokenKind.Pipe)
            {
                var errorSpan = lastPipe is { } pipe ? After(pipe) : PeekToken().Span;
                ReportIncompleteInput(errorSpan, ErrorIds.EmptyPipeElement);
            }

            expression = null;
            var next = PeekToken();
            if (next.Kind == TokenKind.NewLine && _tokenizer.IsPipeContinuation(next))
            {
                SkipNewlines();
                next = PeekToken();
            }

            switch (next.Kind)
            {
                case TokenKind.Semi or TokenKind.NewLine or TokenKind.RParen or TokenKind.RCurly or TokenKind.EndOfInput
                    or TokenKind.AndAnd or TokenKind.OrOr or TokenKind.Ampersand:
                    return FinishPipeline(elements, pipes);
                case TokenKind.Pipe:
                    SkipToken();
                    pipes.Add(next);
                    lastPipe = next;
                    SkipNewlines();
                    if (PeekToken().Kind == TokenKind.EndOfInput)
                    {
                        ReportIncompleteInput(After(next), ErrorIds.EmptyPipeElement);
                        return FinishPipeline(elements, pipes);
                    }

                    break;
                default:
                    ReportError(next, ErrorIds.UnexpectedToken, TextOf(next));
                    return FinishPipeline(elements, pipes);
            }
        }
    }

    private static PipelineNode? FinishPipeline(List<CommandBaseNode> elements, List<Token> pipes)
    {
        if (elements.Count == 0)
        {
            // Pipes with no element at all: keep them in an error element so their text is not lost.
            return pipes.Count == 0 ? null : new PipelineNode([new CommandExpressionNode(new ErrorExpressionNode(pipes, []), [])], [], null);
        }

        return new PipelineNode(elements, pipes, null);
    }

    /// <summary>Tracks which streams a command already redirects, to report a second redirection of the same stream.</summary>
    private sealed class RedirectionAccumulator
    {
        private readonly bool[] _redirected = new bool[7];

        public bool TryAdd(RedirectionStream stream)
        {
            var index = (int)stream;
            if (_redirected[index])
            {
                return false;
            }

            _redirected[index] = true;
            return true;
        }
    }

    private RedirectionNode RedirectionRule(Token token, RedirectionAccumulator redirected)
    {
        var text = TextOf(token);
        RedirectionNode redirection;
        var from = RedirectionStreams.From(text);
        if (token.Kind == TokenKind.RedirectInStd || !RedirectionStreams.IsMerging(text))
        {
            var fileName = GetSingleCommandArgument(CommandArgumentContext.FileName);
            if (fileName is null)
            {
                ReportError(After(token), ErrorIds.MissingFileSpecification);
                fileName = new ErrorExpressionNode([], []).At(token.End);
            }

            if (token.Kind == TokenKind.RedirectInStd)
            {
                // Input redirection is reserved; the node keeps the text but redirects nothing.
                ReportError(token, ErrorIds.RedirectionNotSupported, text);
                return new FileRedirectionNode(token, fileName);
            }

            redirection = new FileRedirectionNode(token, fileName);
        }
        else
        {
            var to = RedirectionStreams.MergeTarget(text);
            if (to != RedirectionStream.Output || from == RedirectionStream.Output)
            {
                ReportError(token, ErrorIds.RedirectionNotSupported, text);
            }

            redirection = new MergingRedirectionNode(token);
        }

        if (!redirected.TryAdd(from))
        {
            ReportError(redirection.Span, ErrorIds.StreamAlreadyRedirected, StreamName(from));
        }

        return redirection;
    }

    private static string StreamName(RedirectionStream stream) => stream switch
    {
        RedirectionStream.All => "all output",
        RedirectionStream.Output => "output",
        RedirectionStream.Error => "error",
        RedirectionStream.Warning => "warning",
        RedirectionStream.Verbose => "verbose",
        RedirectionStream.Debug => "debug",
        _ => "information",
    };
}
