using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Syntax;

public sealed class CommentAndPositionTests
{
    private const string Script = """
        <#
        .SYNOPSIS
            Lists mailboxes.
        #>
        function Get-Boxes {
            # suppress: none
            [CmdletBinding()]
            param()
            Get-Mailbox # trailing
        }
        """;

    [Fact]
    public void CommentsAreTokens()
    {
        var result = ParseAssert.Valid(Script);

        Assert.Equal(3, result.Comments.Count());
        Assert.StartsWith("<#", result.GetText(result.Comments.First()), StringComparison.Ordinal);
    }

    [Fact]
    public void TheHelpCommentLeadsTheFunction()
    {
        var result = ParseAssert.Valid(Script);
        var function = result.Root.DescendantsOfType<FunctionDefinitionNode>().Single();

        var help = Assert.Single(result.GetLeadingComments(function));
        Assert.Contains(".SYNOPSIS", result.GetText(help), StringComparison.Ordinal);
        Assert.Equal(["# suppress: none", "# trailing"], result.GetCommentsWithin(function).Select(result.GetText));
    }

    [Fact]
    public void CodeBetweenEndsTheLeadingComments()
    {
        var result = ParseAssert.Valid("# one\n$x = 1\n# two\n\n# three\nGet-Date");
        var command = result.Root.DescendantsOfType<CommandNode>().Single();

        Assert.Equal(["# two", "# three"], result.GetLeadingComments(command).Select(result.GetText));
    }

    [Fact]
    public void NodesKnowTheirLinesAndColumns()
    {
        var result = ParseAssert.Valid(Script);
        var command = result.Root.DescendantsOfType<CommandNode>().Single();

        Assert.Equal(9, command.Start.Line);
        Assert.Equal(5, command.Start.Column);
        Assert.Equal("Get-Mailbox", command.Text);
        Assert.Equal(9, command.End.Line);
    }

    [Fact]
    public void FindTokenIndexFindsTheTokenAtAPosition()
    {
        var result = ParseAssert.Valid("$a = 'text'");

        Assert.Equal(TokenKind.Variable, result.Tokens[result.FindTokenIndex(1)].Kind);
        Assert.Equal(TokenKind.StringLiteral, result.Tokens[result.FindTokenIndex(7)].Kind);
        Assert.Equal(TokenKind.EndOfInput, result.Tokens[result.FindTokenIndex(11)].Kind);
        Assert.Equal(["$a", "="], result.TokensIn(new Text.TextSpan(0, 4)).Where(static t => !t.IsTrivia).Select(result.GetText));
    }

    [Fact]
    public void TokensKnowWhetherTheyAreTrivia()
    {
        var result = ParseAssert.Valid("a `\n  b # c");

        Assert.Equal(
            [TokenKind.Identifier, TokenKind.Whitespace, TokenKind.LineContinuation, TokenKind.Whitespace, TokenKind.Identifier, TokenKind.Whitespace, TokenKind.Comment, TokenKind.EndOfInput],
            result.Tokens.Select(static t => t.Kind));
        Assert.Equal(5, result.Tokens.Count(static t => t.IsTrivia));
    }

    [Fact]
    public void TheTokenizerWorksAlone()
    {
        var tokens = Tokenizer.Tokenize(Text.SourceText.From("Get-Item -Path 'x' | Out-Null"));

        Assert.Equal(TokenKind.Parameter, tokens[2].Kind);
        Assert.Equal(TokenKind.EndOfInput, tokens[^1].Kind);
    }
}
