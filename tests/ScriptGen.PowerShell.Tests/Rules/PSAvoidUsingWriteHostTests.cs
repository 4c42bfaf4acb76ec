namespace ScriptGen.PowerShell.Tests.Rules;

public sealed class PSAvoidUsingWriteHostTests
{
    [Fact]
    public void Write_host_and_console_writes_are_reported_with_their_extent_and_message()
    {
        const string script = "Write-Host 'a'\nwrite-host -Object 'b' -ForegroundColor Red\n[Console]::WriteLine('c')\n[System.Console]::Write('d')\n";

        var findings = RuleAssert.Findings("PSAvoidUsingWriteHost", script);

        Assert.Equal(
            ["1:1 'Write-Host 'a''", "2:1 'write-host -Object 'b' -ForegroundColor Red'", "3:1 '[Console]::WriteLine('c')'", "4:1 '[System.Console]::Write('d')'"],
            RuleAssert.Describe(findings, script));
        Assert.StartsWith("Write-Host writes only to the host", findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("[Console]::WriteLine writes only to the console", findings[2].Message, StringComparison.Ordinal);
        Assert.All(findings, f => Assert.Equal(Diagnostics.DiagnosticSeverity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("Write-Output 'a'")]
    [InlineData("Write-Information -MessageData 'a'")]
    [InlineData("function Show-Banner { Write-Host 'x' }")]
    [InlineData("function Show-It { [Console]::WriteLine('x') }")]
    [InlineData("[Console]::ReadLine()")]
    [InlineData("$host.UI.WriteLine('x')")]
    [InlineData("'Write-Host'")]
    public void Other_output_and_show_functions_are_not_reported(string script)
    {
        Assert.Empty(RuleAssert.Findings("PSAvoidUsingWriteHost", script));
    }
}
