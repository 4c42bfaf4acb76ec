using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Parsing;

/// <remarks>
/// PowerShell learns DSC keywords (Node, Import-DscResource, every resource name) from the modules installed where
/// the script is parsed. ScriptGen has no such modules, so inside a configuration it reads the shapes instead:
/// <c>Node name { ... }</c> has a script block body, <c>Import-DscResource ...</c> is command-like, and any other
/// bare word followed by an optional name and <c>{</c> is a resource whose body is a property block.
/// </remarks>
internal sealed partial class Parser
{
    private int _dscDepth;

    private StatementNode ConfigurationStatementRule(List<AttributeBaseNode>? attributes, Token configurationToken)
    {
        SkipNewlines();
        var nameToken = NextToken();
        var attributeNodes = attributes is null ? [] : new List<SyntaxNode>(attributes);
        if (nameToken.Kind == TokenKind.LCurly)
        {
            ReportError(After(configurationToken), ErrorIds.MissingConfigurationName);
            var body = ScriptBlockExpressionRule(nameToken);
            return new ErrorStatementNode([configurationToken], [.. attributeNodes, body]);
        }

        if (nameToken.Kind is TokenKind.EndOfInput or TokenKind.Comma)
        {
            UngetToken(nameToken);
            ReportIncompleteInput(After(nameToken), ErrorIds.MissingConfigurationName);
            return new ErrorStatementNode([configurationToken], attributeNodes);
        }

        var name = GetCommandArgument(CommandArgumentContext.CommandArgument, nameToken);
        var isError = false;
        if (name is null)
        {
            isError = true;
            ReportIncompleteInput(nameToken.Span, ErrorIds.MissingConfigurationName);
        }
        else if (name is ConstantExpressionNode constant && !IsValidConfigurationName(constant))
        {
            isError = true;
            ReportError(name.Span, ErrorIds.InvalidConfigurationName, (constant as StringConstantExpressionNode)?.Value ?? string.Empty);
        }

        SkipNewlines();
        var lCurly = NextToken();
        ScriptBlockExpressionNode? configurationBody = null;
        if (lCurly.Kind != TokenKind.LCurly)
        {
            ReportIncompleteInput(After(lCurly), ErrorIds.MissingCurlyInConfigurationStatement);
            isError = true;
            UngetToken(lCurly);
        }
        else
        {
            _dscDepth++;
            try
            {
                configurationBody = ScriptBlockExpressionRule(lCurly);
            }
            finally
            {
                _dscDepth--;
            }
        }

        if (isError || name is null || configurationBody is null)
        {
            AddIfPresent(attributeNodes, name);
            AddIfPresent(attributeNodes, configurationBody);
            return new ErrorStatementNode([configurationToken], attributeNodes);
        }

        var configurationAttributes = attributes?.OfType<AttributeNode>().ToList() ?? [];
        if (attributes is not null && configurationAttributes.Count != attributes.Count)
        {
            return new ErrorStatementNode([configurationToken], [.. attributeNodes, name, configurationBody]);
        }

        return new ConfigurationDefinitionNode(configurationAttributes, configurationToken, name, configurationBody);
    }

    private static bool IsValidConfigurationName(ConstantExpressionNode constant)
    {
        if (constant is not StringConstantExpressionNode { Value: var value } || value.Length == 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '.' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Inside a configuration: a DSC keyword statement when the shape fits, else null (after a resync).</summary>
    private StatementNode? TryDynamicKeywordStatement()
    {
        var keyword = PeekToken();
        if (keyword.Kind is not (TokenKind.Generic or TokenKind.Identifier) || _tokenizer.GetStringParts(keyword) is not null)
        {
            return null;
        }

        var word = SpanOf(keyword);
        if (word.Equals("Import-DscResource", StringComparison.OrdinalIgnoreCase))
        {
            return ImportDscResourceRule();
        }

        var restorePoint = keyword.Start;
        SkipToken();
        var isNode = word.Equals("Node", StringComparison.OrdinalIgnoreCase);
        var statement = DynamicKeywordBlockRule(keyword, isNode);
        if (statement is null)
        {
            Resync(restorePoint);
        }

        return statement;
    }

    private StatementNode ImportDscResourceRule()
    {
        var command = CommandRule();
        if (command is not CommandNode { Elements.Count: > 0 } commandNode || commandNode.Elements[0] is not StringConstantExpressionNode name)
        {
            return new PipelineNode(command is null ? [] : [command], [], null);
        }

        var keywordToken = _tokenizer.SetKind(name.LiteralToken, TokenKind.DynamicKeyword);
        return new DynamicKeywordStatementNode(keywordToken, commandNode.Elements.Skip(1).ToList());
    }

    /// <summary>
    /// <c>Keyword [name] { body }</c>; null when the text after the keyword does not have that shape, so that the
    /// caller reads an ordinary command instead.
    /// </summary>
    private DynamicKeywordStatementNode? DynamicKeywordBlockRule(Token keyword, bool isNode)
    {
        var next = PeekToken();
        ExpressionNode? instanceName = null;
        if (next.Kind != TokenKind.LCurly)
        {
            if (next.Kind is not (TokenKind.Generic or TokenKind.Identifier or TokenKind.StringLiteral or TokenKind.StringExpandable
                or TokenKind.Variable or TokenKind.LParen or TokenKind.DollarParen or TokenKind.AtParen or TokenKind.Number))
            {
                return null;
            }

            var errorsBefore = ErrorCount;
            instanceName = GetSingleCommandArgument(CommandArgumentContext.CommandName);
            if (instanceName is null || ErrorCount != errorsBefore)
            {
                return null;
            }

            next = PeekToken();
            if (next.Kind != TokenKind.LCurly)
            {
                return null;
            }
        }

        SkipToken();
        var keywordToken = _tokenizer.SetKind(keyword, TokenKind.DynamicKeyword);
        ExpressionNode body;
        if (isNode)
        {
            body = ScriptBlockExpressionRule(next);
        }
        else
        {
            var oldDepth = _dscDepth;
            try
            {
                // A resource's values are plain statements: nothing in them declares further resources.
                _dscDepth = 0;
                body = HashExpressionRule(next, parsingSchemaElement: true);
            }
            finally
            {
                _dscDepth = oldDepth;
            }
        }

        return new DynamicKeywordStatementNode(keywordToken, instanceName is null ? [body] : [instanceName, body]);
    }
}
