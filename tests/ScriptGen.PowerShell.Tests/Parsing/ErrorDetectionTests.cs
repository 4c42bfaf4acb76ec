using ScriptGen.PowerShell.Parsing;

namespace ScriptGen.PowerShell.Tests.Parsing;

/// <summary>
/// Broken scripts, one mistake each, with the error PowerShell reports for that mistake (its id, at its place). The
/// scripts are written for these tests; the ids and places follow PowerShell's parser.
/// </summary>
public sealed class ErrorDetectionTests
{
    public static TheoryData<string, string, string, int, int> Mistakes { get; } = new()
    {
        { "UnclosedFunctionBody", "function Get-Report {\n    param($Name)\n    Get-Mailbox $Name\n", ErrorIds.MissingEndCurlyBrace, 1, 21 },
        { "UnclosedIfBlockBeforeElse", "if ($enabled) {\n    Enable-Thing\n\nelse {\n    Disable-Thing\n}\n", ErrorIds.MissingEndCurlyBrace, 1, 15 },
        { "UnclosedParenthesisBeforeNextLine", "$total = (Get-Count + 1\nWrite-Output $total\n", ErrorIds.MissingEndParenthesisInExpression, 1, 24 },
        { "UnclosedMethodCall", "$list = [System.Collections.ArrayList]::new()\n$list.Add('x'\n", ErrorIds.MissingEndParenthesisInMethodCall, 2, 14 },
        { "UnclosedSubExpressionInString", "Write-Output \"Now: $(Get-Date\"\n", ErrorIds.IncompleteDollarSubexpressionReference, 1, 20 },
        { "UnclosedArraySubExpression", "$items = @(1, 2\n", ErrorIds.MissingEndParenthesisInSubexpression, 2, 1 },
        { "UnclosedIndex", "$first = $items[0\n", ErrorIds.MissingEndSquareBracket, 1, 18 },
        { "UnclosedParamBlock", "function Set-Thing {\n    param([string]$Name, [int]$Size\n    Set-Item $Name\n}\n", ErrorIds.MissingEndParenthesisInFunctionParameterList, 2, 36 },
        { "UnclosedScriptBlock", "$block = {\n    Get-Process\n", ErrorIds.MissingEndCurlyBrace, 1, 10 },
        { "UnclosedForeachCondition", "foreach ($user in $users {\n    $user\n}\n", ErrorIds.UnexpectedToken, 1, 26 },
        { "UnclosedWhileCondition", "while ($true {\n    Start-Sleep 1\n}\n", ErrorIds.UnexpectedToken, 1, 14 },
        { "UnclosedForHeader", "for ($i = 0; $i -lt 3; $i++ {\n}\n", ErrorIds.UnexpectedToken, 1, 29 },
        { "UnclosedProcessBlockInAdvancedFunction", "function Test {\n    [CmdletBinding()]\n    param()\n    process {\n        $_\n    }\n", ErrorIds.MissingEndCurlyBrace, 1, 15 },
        { "UnclosedArgumentParenthesis", "Set-Mailbox -Identity $id -Quota (5GB\n", ErrorIds.MissingEndParenthesisInExpression, 1, 38 },
        { "UnclosedForEachObjectBlock", "$mailboxes | ForEach-Object {\n    Set-Mailbox $_.Identity -Enabled:$false\n", ErrorIds.MissingEndCurlyBrace, 1, 29 },
        { "UnclosedHashtable", "$settings = @{\n    Name = 'x'\n", ErrorIds.MissingEndCurlyBrace, 1, 15 },
        { "UnclosedHashtableAfterSemicolon", "$h = @{ 'a' = 1; \n", ErrorIds.MissingEndCurlyBrace, 1, 8 },
        { "UnclosedTypeName", "[System.Collections.Generic.List[string]::new()\n", ErrorIds.EndSquareBracketExpectedAtEndOfAttribute, 1, 40 },
        { "UnclosedStaticMethodCall", "$x = [int[]]::new(3\n", ErrorIds.MissingEndParenthesisInMethodCall, 1, 20 },
        { "UnclosedSingleQuotedString", "$message = 'no closing quote\nWrite-Output $message\n", ErrorIds.TerminatorExpectedAtEndOfString, 1, 12 },
        { "UnclosedDoubleQuotedString", "$message = \"no closing quote\nWrite-Output $message\n", ErrorIds.TerminatorExpectedAtEndOfString, 1, 12 },
        { "UnclosedHereString", "$body = @'\nline one\nline two\n", ErrorIds.TerminatorExpectedAtEndOfString, 1, 9 },
        { "HereStringFooterAfterWhitespace", "$body = @\"\nline one\n  \"@\n", ErrorIds.WhitespaceBeforeHereStringFooter, 3, 3 },
        { "TextAfterHereStringHeader", "$body = @'   trailing\nline\n'@\n", ErrorIds.UnexpectedCharactersAfterHereStringHeader, 1, 14 },
        { "TextAfterHereStringFooter", "$a = @'\nx\n'@ trailing\n", ErrorIds.UnexpectedToken, 3, 4 },
        { "UnclosedBracedVariable", "$path = ${unclosed\n", ErrorIds.IncompleteDollarVariableReference, 1, 10 },
        { "UnclosedSubExpressionWithVariable", "$name = \"user $($env:USERNAME\"\n", ErrorIds.IncompleteDollarSubexpressionReference, 1, 15 },
        { "BinaryOperatorWithoutRightOperand", "$sum = $a +\n", ErrorIds.ExpectedValueExpression, 1, 12 },
        { "UnaryOperatorWithoutOperand", "$flag = -not\n", ErrorIds.MissingExpressionAfterOperator, 1, 13 },
        { "LogicalOperatorBeforeParenthesis", "if ($a -and) { }\n", ErrorIds.ExpectedValueExpression, 1, 12 },
        { "AssignmentWithoutValue", "$value =\n", ErrorIds.ExpectedValueExpression, 1, 9 },
        { "TrailingComma", "$list = 1, 2,\n", ErrorIds.MissingExpressionAfterToken, 1, 14 },
        { "TernaryWithoutColon", "$result = $ok ? 'yes'\n", ErrorIds.MissingColonInTernaryExpression, 2, 1 },
        { "FormatOperatorWithoutArguments", "$text = '{0}' -f\n", ErrorIds.ExpectedValueExpression, 1, 17 },
        { "TwoBinaryOperators", "$x = 5 +* 3\n", ErrorIds.ExpectedValueExpression, 1, 9 },
        { "UnknownOperator", "$x = 1\n$y = $x -notacommand 2\n", ErrorIds.UnexpectedToken, 2, 9 },
        { "MemberAccessWithoutName", "$user.\n", ErrorIds.MissingPropertyName, 1, 7 },
        { "MemberAccessWithoutNameAfterHashtable", "$x = @{ Key = 'v'; }.Key.\n", ErrorIds.MissingPropertyName, 1, 26 },
        { "PipeAtEnd", "Get-Mailbox |\n", ErrorIds.EmptyPipeElement, 1, 14 },
        { "EmptyPipeElement", "Get-Mailbox | | Select-Object Name\n", ErrorIds.EmptyPipeElement, 1, 14 },
        { "ChainOperatorAtEnd", "Start-Build &&\n", ErrorIds.EmptyPipelineChainElement, 1, 15 },
        { "CallOperatorWithoutCommand", "& \n", ErrorIds.MissingExpression, 1, 1 },
        { "PipeAfterReturnValue", "return 1 |\n", ErrorIds.EmptyPipeElement, 1, 11 },
        { "RedirectionWithoutFile", "Get-ChildItem -Path C:\\ -Filter *.log 2>\n", ErrorIds.MissingFileSpecification, 1, 41 },
        { "ReservedRedirection", "Get-Thing 3>&2\n", ErrorIds.RedirectionNotSupported, 1, 11 },
        { "ParameterColonWithoutArgument", "Get-Thing -Name:\n", ErrorIds.ParameterRequiresArgument, 1, 17 },
        { "DoubleAtSign", "Get-Item @@x\n", ErrorIds.UnrecognizedToken, 1, 10 },
        { "TryWithoutCatchOrFinally", "try {\n    Connect-ExchangeOnline\n}\nWrite-Output 'done'\n", ErrorIds.MissingCatchOrFinally, 3, 2 },
        { "DoWithoutWhileOrUntil", "do {\n    $i++\n}\n", ErrorIds.MissingWhileOrUntilInDoWhile, 3, 2 },
        { "ElseIfWithoutCondition", "if ($a) { } elseif { }\n", ErrorIds.MissingOpenParenthesisInIfStatement, 1, 19 },
        { "ElseFollowedByIf", "if ($x) { } else if ($y) { }\n", ErrorIds.MissingStatementBlockAfterElse, 1, 17 },
        { "UsingAfterStatements", "using namespace System.Text\n$x = 1\nusing namespace System.IO\n", ErrorIds.UsingMustBeAtStartOfScript, 3, 1 },
        { "UsingModuleWithoutName", "using module\n", ErrorIds.MissingUsingItemName, 1, 13 },
        { "StatementBetweenNamedBlocks", "function f { begin { } 'stray' }\n", ErrorIds.MissingNamedBlocks, 1, 24 },
        { "FunctionWithoutName", "function { 'anonymous' }\n", ErrorIds.MissingNameAfterKeyword, 1, 9 },
        { "FunctionWithoutBody", "function Get-Thing\n", ErrorIds.MissingFunctionBody, 1, 19 },
        { "ParamBlockWithInlineParameters", "function f($a) { param($b) }\n", ErrorIds.OnlyOneParameterListAllowed, 1, 18 },
        { "DuplicateParameter", "function f($a, $a) { }\n", ErrorIds.DuplicateFormalParameter, 1, 16 },
        { "ExtraArgumentToExit", "exit 1 2\n", ErrorIds.UnexpectedToken, 1, 8 },
        { "ExtraArgumentToThrow", "throw 'a' 'b'\n", ErrorIds.UnexpectedToken, 1, 11 },
        { "TwoStringsInARow", "$x = 'a' 'b'\n", ErrorIds.UnexpectedToken, 1, 10 },
        { "EmptyParenthesisArgument", "Get-Item (\n", ErrorIds.ExpectedExpression, 1, 11 },
        { "HashtableKeyWithoutValue", "$settings = @{\n    Name = 'x'\n    Enabled\n}\n", ErrorIds.MissingEqualsInHashLiteral, 3, 12 },
        { "HashtableDuplicateKeyIgnoringCase", "$settings = @{\n    Name = 'x'\n    name = 'y'\n}\n", ErrorIds.DuplicateKeyInHashLiteral, 3, 5 },
        { "HashtableEntriesWithoutSeparator", "$settings = @{ Name = 'x' Size = 1 }\n", ErrorIds.UnexpectedToken, 1, 27 },
        { "HashtableEqualsWithoutValue", "$settings = @{ Name = }\n", ErrorIds.MissingStatementInHashLiteral, 1, 22 },
        { "AttributeMissingCloseParenthesis", "function f {\n    param([Parameter(Mandatory]$Name)\n}\n", ErrorIds.MissingEndParenthesisInExpression, 2, 22 },
        { "AttributeMissingCloseBracket", "function f {\n    param([Parameter(Mandatory)$Name)\n}\n", ErrorIds.EndSquareBracketExpectedAtEndOfAttribute, 2, 32 },
        { "NamedAttributeArgumentWithoutValue", "function f {\n    param([Parameter(Position = )]$Name)\n}\n", ErrorIds.MissingExpressionInNamedArgument, 2, 32 },
        { "DuplicateNamedAttributeArgument", "function f {\n    param([Parameter(Position = 0, Position = 1)]$Name)\n}\n", ErrorIds.DuplicateNamedArgument, 2, 36 },
        { "AttributeArgumentNotConstant", "function f {\n    param([ValidateSet($choices)]$Name)\n}\n", ErrorIds.ParameterAttributeArgumentNeedsToBeConstantOrScriptBlock, 2, 24 },
        { "AttributeArgumentTrailingComma", "[ValidateRange(1, )]$n = 5\n", ErrorIds.MissingExpressionAfterToken, 1, 18 },
        { "AttributeOnStatement", "[Parameter()] if ($a) { }\n", ErrorIds.UnexpectedAttribute, 1, 1 },
        { "VariableWithDriveButNoName", "$x = 1\n$drive = $x:\n", ErrorIds.InvalidVariableReferenceWithDrive, 2, 10 },
        { "ConstructorBaseCallUnclosed", "class Box {\n    Box() : base( { }\n}\n", ErrorIds.MissingEndParenthesisInMethodCall, 2, 22 },
        { "ClassWithEmptyBaseList", "class C : { }\n", ErrorIds.TypeNameExpected, 1, 10 },
        { "VoidMethodReturnsValue", "class Box {\n    [void] Save() { return 1 }\n}\n", ErrorIds.VoidMethodHasReturn, 2, 21 },
        { "MethodWithoutReturn", "class Box {\n    [int] Count() { }\n}\n", ErrorIds.MethodHasCodePathNotReturn, 2, 11 },
        { "MethodWithReturnOnOnePathOnly", "class C {\n    [string] Get() {\n        if ($true) { return 'a' }\n    }\n}\n", ErrorIds.MethodHasCodePathNotReturn, 2, 14 },
        { "ParamBlockInMethod", "class Box {\n    [void] M() { param($a) }\n}\n", ErrorIds.ParamBlockNotAllowedInMethod, 2, 18 },
        { "ThisInStaticMethod", "class Box {\n    static [int] $N\n    static [int] Get() { return $this.N }\n}\n", ErrorIds.NonStaticMemberAccessInStaticMember, 3, 33 },
        { "ConstructorWithReturnType", "class Box {\n    Box() : base() { }\n    [int] Box() { }\n}\n", ErrorIds.ConstructorCantHaveReturnType, 3, 5 },
        { "SwitchClauseWithoutBlock", "switch ($value) {\n    1\n}\n", ErrorIds.MissingSwitchStatementClause, 2, 6 },
        { "UnknownSwitchOption", "switch -Fuzzy ($value) {\n    1 { 'one' }\n}\n", ErrorIds.InvalidSwitchFlag, 1, 8 },
        { "TwoSwitchDefaults", "switch ($x) {\n    default { 1 }\n    default { 2 }\n}\n", ErrorIds.MultipleSwitchDefaultClauses, 3, 5 },
        { "ForeachWithoutIn", "foreach ($i 1..3) { $i }\n", ErrorIds.MissingInInForeach, 1, 12 },
        { "TrapWithoutTypeName", "trap [ { continue }\n", ErrorIds.MissingTypename, 1, 7 },
        { "CatchAllNotLast", "try { } catch { } catch [System.IO.IOException] { }\n", ErrorIds.EmptyCatchNotLast, 1, 18 },
        { "SameExceptionCaughtTwice", "try { } catch [System.IO.IOException] { } catch [System.IO.IOException] { }\n", ErrorIds.ExceptionTypeAlreadyCaught, 1, 49 },
        { "ReturnInFinally", "try { } finally { return }\n", ErrorIds.ControlLeavingFinally, 1, 19 },
        { "AssignmentToConstant", "1 = 2\n", ErrorIds.InvalidLeftHandSide, 1, 1 },
        { "AssignmentToIncrement", "$i++ = 2\n", ErrorIds.InvalidLeftHandSide, 1, 1 },
        { "OrderedOnVariable", "$x = [ordered]$h\n", ErrorIds.OrderedAttributeOnlyOnHashLiteralNode, 1, 6 },
        { "RefCombinedWithType", "[int][ref]$x = 1\n", ErrorIds.ReferenceNeedsToBeByItselfInTypeConstraint, 1, 6 },
        { "TypedAutomaticVariable", "[int]$_ = 5\n", ErrorIds.AssignmentStatementToAutomaticNotSupported, 1, 1 },
        { "SplatInMemberAccess", "Get-Thing @{ a = 1 }.a -Splat @p.x\n", ErrorIds.SplattingNotPermitted, 1, 31 },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void OneMistakeGivesOneErrorWithPowerShellsIdAtItsPlace(string name, string script, string id, int line, int column)
    {
        Assert.NotEmpty(name);
        ParseAssert.Errors(script, (id, line, column));
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void TheTreeOfABrokenScriptStillHoldsTogether(string name, string script, string id, int line, int column)
    {
        _ = (name, id, line, column);
        TreeInvariants.AssertHold(PowerShellParser.Parse(script));
    }

    [Theory]
    [InlineData("else { 'no' }")]
    [InlineData("catch { 'no' }")]
    [InlineData("param($a) Get-Item; param($b)")]
    [InlineData("$true = 1")]
    [InlineData("while ($true) { break missing }")]
    [InlineData("class C { [int] $x = }")]
    [InlineData("class C { [int] $Size; [string] $Size }")]
    [InlineData("$x = 12abc")]
    [InlineData("Write-Output -")]
    [InlineData("$x = $")]
    public void WhatPowerShellAcceptsWhenParsingIsNoError(string script)
    {
        ParseAssert.Errors(script);
    }

    [Fact]
    public void IndependentMistakesOnDifferentLinesAreEachReported()
    {
        ParseAssert.Errors(
            "$a = (1 + )\n$h = @{ k }\n$s = 'open",
            (ErrorIds.ExpectedValueExpression, 1, 10),
            (ErrorIds.MissingEqualsInHashLiteral, 2, 10),
            (ErrorIds.TerminatorExpectedAtEndOfString, 3, 6));
    }

    [Fact]
    public void EachBraceLeftOpenAtTheEndIsReported()
    {
        ParseAssert.Errors(
            "function f {\n    if ($a) {\n        'x'\n",
            (ErrorIds.MissingEndCurlyBrace, 2, 13),
            (ErrorIds.MissingEndCurlyBrace, 1, 12));
    }

    [Fact]
    public void TheEchoesOfOneMistakeAreAvailableOnRequest()
    {
        const string script = "$settings = @{ Name = 'x' Size = 1 }";
        var all = PowerShellParser.Parse(script, new ParserOptions { ReportCascadingErrors = true });
        var one = PowerShellParser.Parse(script);

        Assert.Equal(
            [ErrorIds.UnexpectedToken, ErrorIds.MissingEndCurlyBrace, ErrorIds.UnexpectedToken],
            all.Diagnostics.Select(static d => d.RuleName));
        Assert.Equal(all.Diagnostics[0], Assert.Single(one.Diagnostics));
    }

    [Fact]
    public void MessagesSayWhatIsWrongInPlainWords()
    {
        var error = Assert.Single(PowerShellParser.Parse("$sum = $a -band").Diagnostics);

        Assert.Equal("The '-band' operator needs a value after it.", error.Message);
        Assert.Equal(Diagnostics.DiagnosticSeverity.ParseError, error.Severity);
    }

    [Fact]
    public void EveryIdHasAMessage()
    {
        var ids = typeof(ErrorIds).GetFields().Select(static f => (string)f.GetValue(null)!).ToList();

        Assert.True(ids.Count > 150);
        Assert.All(ids, static id => Assert.DoesNotContain("Syntax error (", ParseErrorMessages.Format(id, []), StringComparison.Ordinal));
    }
}
