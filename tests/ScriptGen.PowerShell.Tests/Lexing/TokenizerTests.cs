using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.PowerShell.Tests.Lexing;

public sealed class TokenizerTests
{
    private static (TokenKind Kind, string Text)[] Tokens(string text)
    {
        var source = SourceText.From(text);
        var tokens = Tokenizer.Tokenize(source);
        Assert.Equal(text, string.Concat(tokens.Select(t => t.GetText(source))));
        return tokens.Where(static t => t.Kind is not (TokenKind.Whitespace or TokenKind.EndOfInput))
            .Select(t => (t.Kind, t.GetText(source))).ToArray();
    }

    [Fact]
    public void ASimpleCommandNameIsAnIdentifierAsInPowerShell()
    {
        Assert.Equal([(TokenKind.Identifier, "gci"), (TokenKind.Identifier, "dir")], Tokens("gci dir"));
    }

    [Fact]
    public void ACommandLineIsBareWordsAndParameters()
    {
        Assert.Equal(
            [(TokenKind.Generic, "Get-ChildItem"), (TokenKind.Parameter, "-Path"), (TokenKind.Generic, @"C:\x\*.txt"), (TokenKind.Parameter, "-Recurse")],
            Tokens(@"Get-ChildItem -Path C:\x\*.txt -Recurse"));
    }

    [Fact]
    public void AParameterWithAColonKeepsTheColon()
    {
        Assert.Equal([(TokenKind.Identifier, "gci"), (TokenKind.Parameter, "-Force:"), (TokenKind.Variable, "$false")], Tokens("gci -Force:$false"));
    }

    [Fact]
    public void DashWordsAreOperatorsInExpressionsAndParametersInCommands()
    {
        Assert.Equal(TokenKind.Ieq, Tokens("$a -eq 1")[1].Kind);
        Assert.Equal(TokenKind.Parameter, Tokens("Write-Output -eq 1")[1].Kind);
        Assert.Equal(TokenKind.Ceq, Tokens("$a -CEQ 1")[1].Kind);
        Assert.Equal(TokenKind.Ieq, Tokens("$a -ieq 1")[1].Kind);
    }

    [Fact]
    public void UnicodeDashesStartParametersAndOperators()
    {
        Assert.Equal((TokenKind.Parameter, "\u2013Name"), Tokens("Get-Item \u2013Name x")[1]);
        Assert.Equal(TokenKind.Igt, Tokens("$a \u2014gt 1")[1].Kind);
    }

    [Fact]
    public void NumbersAreNumbersInExpressionsButCanBeBareWordsInCommands()
    {
        Assert.Equal([(TokenKind.Variable, "$x"), (TokenKind.Equals, "="), (TokenKind.Number, "0x1F")], Tokens("$x = 0x1F"));
        Assert.Equal([(TokenKind.Identifier, "ping"), (TokenKind.Generic, "1.2.3.4")], Tokens("ping 1.2.3.4"));
        Assert.Equal([(TokenKind.Identifier, "echo"), (TokenKind.Number, "10kb"), (TokenKind.Generic, "10px")], Tokens("echo 10kb 10px"));
    }

    [Fact]
    public void AVariableGluedToOtherTextInACommandIsAnExpandableBareWord()
    {
        Assert.Equal([(TokenKind.Identifier, "echo"), (TokenKind.Generic, "$name-suffix.txt")], Tokens("echo $name-suffix.txt"));
        Assert.Equal([(TokenKind.Identifier, "echo"), (TokenKind.Variable, "$name"), (TokenKind.Dot, "."), (TokenKind.Identifier, "Length")], Tokens("echo $name.Length"));
    }

    [Theory]
    [InlineData("$x", "$x")]
    [InlineData("$global:x", "$global:x")]
    [InlineData("$env:Path", "$env:Path")]
    [InlineData("${a b}", "${a b}")]
    [InlineData("$_", "$_")]
    [InlineData("$$", "$$")]
    [InlineData("$?", "$?")]
    [InlineData("$^", "$^")]
    [InlineData("$using:name", "$using:name")]
    [InlineData("$a1_b2", "$a1_b2")]
    public void VariablesHaveEveryForm(string text, string expected)
    {
        Assert.Equal([(TokenKind.Variable, expected)], Tokens(text));
    }

    [Fact]
    public void SplattingIsItsOwnKind()
    {
        Assert.Equal([(TokenKind.Generic, "Get-Item"), (TokenKind.SplattedVariable, "@params")], Tokens("Get-Item @params"));
    }

    [Fact]
    public void AtSignsStartArraysHashtablesAndHereStrings()
    {
        Assert.Equal(TokenKind.AtParen, Tokens("@(1)")[0].Kind);
        Assert.Equal(TokenKind.AtCurly, Tokens("@{a=1}")[0].Kind);
        Assert.Equal(TokenKind.HereStringLiteral, Tokens("@'\nx\n'@")[0].Kind);
        Assert.Equal(TokenKind.HereStringExpandable, Tokens("@\"\nx\n\"@")[0].Kind);
    }

    [Fact]
    public void StringsOfEveryQuoteKind()
    {
        Assert.Equal([(TokenKind.StringLiteral, "'it''s'")], Tokens("'it''s'"));
        Assert.Equal([(TokenKind.StringExpandable, "\"say \"\"hi\"\" `\"now`\"\"")], Tokens("\"say \"\"hi\"\" `\"now`\"\""));
        Assert.Equal([(TokenKind.StringLiteral, "\u2018curly\u2019")], Tokens("\u2018curly\u2019"));
        Assert.Equal([(TokenKind.StringExpandable, "\u201Ccurly\u201D")], Tokens("\u201Ccurly\u201D"));
    }

    [Fact]
    public void ASubExpressionInAStringIsPartOfTheStringToken()
    {
        Assert.Equal([(TokenKind.StringExpandable, "\"a $(\"b $(1 + 1)\") c\"")], Tokens("\"a $(\"b $(1 + 1)\") c\""));
    }

    [Fact]
    public void CommentsAreTokens()
    {
        Assert.Equal(
            [(TokenKind.Comment, "# line"), (TokenKind.NewLine, "\n"), (TokenKind.Comment, "<# block\n#>"), (TokenKind.Generic, "Get-Date")],
            Tokens("# line\n<# block\n#> Get-Date"));
    }

    [Fact]
    public void ABacktickBeforeALineBreakIsALineContinuation()
    {
        Assert.Equal(
            [(TokenKind.Generic, "Get-Item"), (TokenKind.LineContinuation, "`\r\n"), (TokenKind.Parameter, "-Force")],
            Tokens("Get-Item `\r\n  -Force"));
    }

    [Fact]
    public void NewlinesAreCrLfLfOrALoneCr()
    {
        Assert.Equal(
            [(TokenKind.Identifier, "a"), (TokenKind.NewLine, "\r\n"), (TokenKind.Identifier, "b"), (TokenKind.NewLine, "\r"), (TokenKind.Identifier, "c"), (TokenKind.NewLine, "\n")],
            Tokens("a\r\nb\rc\n"));
    }

    [Fact]
    public void NonBreakingSpaceAndNextLineAreWhitespace()
    {
        Assert.Equal([(TokenKind.Identifier, "a"), (TokenKind.Identifier, "b"), (TokenKind.Identifier, "c")], Tokens("a\u00A0b\u0085c"));
    }

    [Fact]
    public void StopParsingTakesTheRestOfTheLineVerbatim()
    {
        Assert.Equal(
            [(TokenKind.Identifier, "icacls"), (TokenKind.Identifier, "x"), (TokenKind.Generic, "--%"), (TokenKind.Generic, "/grant a:(OI)F $b"), (TokenKind.NewLine, "\n"), (TokenKind.Identifier, "next")],
            Tokens("icacls x --% /grant a:(OI)F $b\nnext"));
    }

    [Fact]
    public void RedirectionsAreRecognised()
    {
        Assert.Equal(
            [(TokenKind.Identifier, "cmd"), (TokenKind.Redirection, "2>&1"), (TokenKind.Redirection, ">>"), (TokenKind.Generic, "log.txt"), (TokenKind.Redirection, "*>"), (TokenKind.Variable, "$null")],
            Tokens("cmd 2>&1 >> log.txt *> $null"));
    }

    [Fact]
    public void OperatorsAndPunctuation()
    {
        Assert.Equal(
            [TokenKind.Variable, TokenKind.QuestionQuestionEquals, TokenKind.Variable, TokenKind.QuestionQuestion, TokenKind.Number, TokenKind.Semi,
             TokenKind.Variable, TokenKind.PlusEquals, TokenKind.Number, TokenKind.Semi, TokenKind.Variable, TokenKind.PlusPlus],
            Tokens("$a ??= $b ?? 1; $c += 2; $d++").Select(static t => t.Kind));
        Assert.Equal(
            [TokenKind.Identifier, TokenKind.AndAnd, TokenKind.Identifier, TokenKind.OrOr, TokenKind.Identifier, TokenKind.Ampersand],
            Tokens("a && b || c &").Select(static t => t.Kind));
    }

    [Fact]
    public void KeywordsAreKeywordsOnlyWhereAStatementCanStart()
    {
        Assert.Equal(TokenKind.If, Tokens("if ($a) {}")[0].Kind);
        Assert.Equal(TokenKind.Identifier, Tokens("$x.if")[2].Kind);
        Assert.Equal(TokenKind.Generic, Tokens("Write-Output if")[1].Kind);
    }

    [Fact]
    public void LabelsPrecedeLoops()
    {
        Assert.Equal([(TokenKind.Label, ":outer"), (TokenKind.Foreach, "foreach")], Tokens(":outer foreach ($x in $y) {}").Take(2));
    }

    [Fact]
    public void MemberAccessNeedsNoWhitespace()
    {
        Assert.Equal(TokenKind.Dot, Tokens("$a.b")[1].Kind);
        Assert.Equal(TokenKind.ColonColon, Tokens("[int]::MaxValue")[3].Kind);
        Assert.Equal(TokenKind.QuestionDot, Tokens("${a}?.b")[1].Kind);
    }

    [Fact]
    public void AnIndexNeedsNoWhitespaceInACommand()
    {
        Assert.Equal([(TokenKind.Identifier, "echo"), (TokenKind.Variable, "$a"), (TokenKind.LBracket, "["), (TokenKind.Number, "0"), (TokenKind.RBracket, "]")], Tokens("echo $a[0]"));
        Assert.Equal([(TokenKind.Identifier, "echo"), (TokenKind.Variable, "$a"), (TokenKind.Generic, "[0]")], Tokens("echo $a [0]"));
    }

    [Fact]
    public void TypeNamesAreIdentifiersWithTheTypeNameFlag()
    {
        var tokens = Tokenizer.Tokenize(SourceText.From("[System.Collections.Generic.List`1]"));
        var name = tokens.Single(static t => t.Kind == TokenKind.Identifier);
        Assert.True((name.Flags & TokenFlags.TypeName) != 0);
        Assert.Equal(35 - 2, name.Length);
    }

    [Fact]
    public void TheParserMarksCommandAndMemberNames()
    {
        var source = SourceText.From("Get-Item $x.Name");
        var tokens = Tokenizer.Tokenize(source);
        Assert.True((tokens[0].Flags & TokenFlags.CommandName) != 0);
        Assert.True((tokens.Single(t => t.GetText(source) == "Name").Flags & TokenFlags.MemberName) != 0);
    }

    [Fact]
    public void RequiresCommentsAndHelpAreComments()
    {
        Assert.Equal([(TokenKind.Comment, "#Requires -Version 5.1")], Tokens("#Requires -Version 5.1"));
    }

    [Fact]
    public void TokensCoverUnusualCharacters()
    {
        Tokens("\0 \u2028 \uFEFF ~ ^ \\ ` ");
    }
}
