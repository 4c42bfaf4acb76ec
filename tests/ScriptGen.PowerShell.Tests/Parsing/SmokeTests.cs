using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class SmokeTests
{
    [Fact]
    public void APipelineOfCommandsParses()
    {
        var pipeline = ParseAssert.First<PipelineNode>("Get-Process | Where-Object { $_.CPU -gt 10 } | Select-Object Name");

        Assert.Equal(3, pipeline.PipelineElements.Count);
        Assert.Equal("Get-Process", ((CommandNode)pipeline.PipelineElements[0]).GetCommandName());
    }

    [Fact]
    public void AMissingClosingBraceIsReportedAtTheOpeningBrace()
    {
        ParseAssert.Errors("if ($x) {\n  'yes'\n", (ErrorIds.MissingEndCurlyBrace, 1, 9));
    }
}
