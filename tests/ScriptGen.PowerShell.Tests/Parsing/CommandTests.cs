using ScriptGen.PowerShell.Lexing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class CommandTests
{
    [Fact]
    public void ACommandHasANameArgumentsAndParameters()
    {
        var command = ParseAssert.Single<CommandNode>("Get-Mailbox -Identity alice -ResultSize Unlimited extra");

        Assert.Equal("Get-Mailbox", command.GetCommandName());
        Assert.Equal(TokenKind.Unknown, command.InvocationOperator);
        Assert.Equal(
            ["Get-Mailbox", "-Identity", "alice", "-ResultSize", "Unlimited", "extra"],
            command.CommandElements.Select(static e => e.Text));
        var parameters = command.CommandElements.OfType<CommandParameterNode>().ToList();
        Assert.Equal(["Identity", "ResultSize"], parameters.Select(static p => p.ParameterName));
        Assert.All(parameters, static p => Assert.Null(p.Argument));
        Assert.IsType<StringConstantExpressionNode>(command.CommandElements[2]);
    }

    [Fact]
    public void AColonJoinsAParameterToItsArgument()
    {
        var parameter = ParseAssert.Single<CommandParameterNode>("Remove-Item x -Confirm:$false");

        Assert.Equal("Confirm", parameter.ParameterName);
        Assert.True(parameter.UsedColon);
        Assert.Equal("$false", parameter.Argument!.Text);
        Assert.Equal("-Confirm:$false", parameter.Text);
    }

    [Fact]
    public void AColonFollowedBySpaceStillTakesTheNextArgument()
    {
        var parameter = ParseAssert.Single<CommandParameterNode>("Set-Thing -Enabled: $true");

        Assert.Equal("$true", parameter.Argument!.Text);
    }

    [Fact]
    public void BareWordArgumentsKeepTheirText()
    {
        var command = ParseAssert.Single<CommandNode>(@"Copy-Item C:\temp\*.log \\server\share\logs -Recurse");
        var arguments = command.CommandElements.Skip(1).OfType<StringConstantExpressionNode>().ToList();

        Assert.Equal([@"C:\temp\*.log", @"\\server\share\logs"], arguments.Select(static a => a.Value));
        Assert.All(arguments, static a => Assert.Equal(StringConstantType.BareWord, a.StringConstantType));
    }

    [Fact]
    public void ABareWordWithAVariableExpands()
    {
        var command = ParseAssert.Single<CommandNode>(@"Get-Content $dir\file.txt");
        var argument = Assert.IsType<ExpandableStringExpressionNode>(command.CommandElements[1]);

        Assert.Equal(StringConstantType.BareWord, argument.StringConstantType);
        Assert.Equal("$dir", Assert.Single(argument.NestedExpressions).Text);
    }

    [Theory]
    [InlineData("& $scriptBlock 1 2", TokenKind.Ampersand)]
    [InlineData(". ./helpers.ps1", TokenKind.Dot)]
    [InlineData("& 'C:\\Program Files\\tool.exe' /quiet", TokenKind.Ampersand)]
    public void InvocationOperatorsAreKept(string text, TokenKind kind)
    {
        var command = ParseAssert.Single<CommandNode>(text);

        Assert.Equal(kind, command.InvocationOperator);
    }

    [Fact]
    public void TheCallOperatorAcceptsAnyExpressionAsName()
    {
        var command = ParseAssert.Single<CommandNode>("& $commands['dir'] -Force");

        Assert.IsType<IndexExpressionNode>(command.CommandElements[0]);
        Assert.Null(command.GetCommandName());
    }

    [Fact]
    public void AStringCommandNameIsAConstant()
    {
        Assert.Equal("my tool", ParseAssert.Single<CommandNode>("& 'my tool' 1").GetCommandName());
    }

    [Fact]
    public void SplattingPassesAHashtable()
    {
        var command = ParseAssert.Single<CommandNode>("$p = @{ Name = 'x' }\nNew-Item @p -Force");
        var splat = Assert.IsType<VariableExpressionNode>(command.CommandElements[1]);

        Assert.True(splat.Splatted);
        Assert.Equal("p", splat.Name);
    }

    [Fact]
    public void ArgumentsMayBeExpressions()
    {
        var command = ParseAssert.First<CommandNode>("Write-Output (1 + 2) $(Get-Date) @(1, 2) @{a = 1} { 'block' } 1,2,3");
        var kinds = command.CommandElements.Skip(1).Select(static e => e.GetType().Name);

        Assert.Equal(
            ["ParenExpressionNode", "SubExpressionNode", "ArrayExpressionNode", "HashtableNode", "ScriptBlockExpressionNode", "ArrayLiteralNode"],
            kinds);
    }

    [Fact]
    public void ANumberLikeArgumentIsANumber()
    {
        var command = ParseAssert.Single<CommandNode>("Start-Sleep 5 -Milliseconds 10kb");

        Assert.Equal(5, Assert.IsType<ConstantExpressionNode>(command.CommandElements[1]).Value);
        Assert.Equal(10240, Assert.IsType<ConstantExpressionNode>(command.CommandElements[3]).Value);
    }

    [Fact]
    public void AGenericTokenThatLooksLikeANumberIsAWord()
    {
        var command = ParseAssert.Single<CommandNode>("ping 10.0.0.1");

        Assert.Equal("10.0.0.1", Assert.IsType<StringConstantExpressionNode>(command.CommandElements[1]).Value);
    }

    [Fact]
    public void RedirectionsMayAppearAnywhere()
    {
        var command = ParseAssert.Single<CommandNode>("Get-Thing 2>&1 -Name x > out.txt 3>> warn.log *>&1");

        Assert.Equal(["Get-Thing", "-Name", "x"], command.CommandElements.Select(static e => e.Text));
        Assert.Equal(4, command.Redirections.Count);
        var merge = Assert.IsType<MergingRedirectionNode>(command.Redirections[0]);
        Assert.Equal(RedirectionStream.Error, merge.FromStream);
        Assert.Equal(RedirectionStream.Output, merge.ToStream);
        var file = Assert.IsType<FileRedirectionNode>(command.Redirections[1]);
        Assert.Equal(RedirectionStream.Output, file.FromStream);
        Assert.False(file.Append);
        Assert.Equal("out.txt", file.Location.Text);
        var append = Assert.IsType<FileRedirectionNode>(command.Redirections[2]);
        Assert.Equal(RedirectionStream.Warning, append.FromStream);
        Assert.True(append.Append);
        Assert.Equal(RedirectionStream.All, command.Redirections[3].FromStream);
    }

    [Fact]
    public void ExpressionsTakeRedirectionsToo()
    {
        var expression = ParseAssert.Single<CommandExpressionNode>("$x > $null");

        Assert.Equal("$null", Assert.IsType<FileRedirectionNode>(Assert.Single(expression.Redirections)).Location.Text);
    }

    [Fact]
    public void TheStopParsingTokenKeepsTheRestOfTheCommandVerbatim()
    {
        var pipeline = ParseAssert.Single<PipelineNode>("icacls X:\\VMS --% /grant Dom\\HVAdmin:(CI)(OI)F $x | more");
        var command = Assert.IsType<CommandNode>(pipeline.PipelineElements[0]);

        var last = Assert.IsType<StringConstantExpressionNode>(command.CommandElements[^1]);
        Assert.Equal("--%", command.CommandElements[^2].Text);
        Assert.Equal("/grant Dom\\HVAdmin:(CI)(OI)F $x ", last.Value);
        Assert.True(last.IsVerbatim);
        Assert.Equal("more", pipeline.PipelineElements[1].Text);
    }

    [Fact]
    public void TheEndOfParametersMarkerIsAParameterToken()
    {
        var command = ParseAssert.Single<CommandNode>("Write-Output -- -NotAParameter");

        Assert.Equal("--", command.CommandElements[1].Text);
        Assert.IsType<StringConstantExpressionNode>(command.CommandElements[2]);
    }

    [Fact]
    public void ALineContinuationJoinsLines()
    {
        var command = ParseAssert.Single<CommandNode>("Set-Mailbox alice `\n    -ProhibitSendQuota 5GB `\r\n    -UseDatabaseQuotaDefaults $false");

        Assert.Equal(6, command.CommandElements.Count);
        Assert.Equal(3, command.End.Line);
    }

    [Fact]
    public void KeywordsAsArgumentsAreWords()
    {
        var command = ParseAssert.Single<CommandNode>("Write-Host if else function -foreach");

        Assert.Equal(["if", "else", "function"], command.CommandElements.Skip(1).OfType<StringConstantExpressionNode>().Select(static a => a.Value));
    }

    [Fact]
    public void CommandNamesMayContainDotsAndPaths()
    {
        Assert.Equal("./build.ps1", ParseAssert.Single<CommandNode>("./build.ps1 -Configuration Release").GetCommandName());
        Assert.Equal("notepad.exe", ParseAssert.Single<CommandNode>("notepad.exe").GetCommandName());
        Assert.Equal("Microsoft.PowerShell.Management\\Get-Item", ParseAssert.Single<CommandNode>("Microsoft.PowerShell.Management\\Get-Item .").GetCommandName());
    }
}
