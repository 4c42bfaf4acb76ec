using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class UsingTests
{
    [Fact]
    public void UsingStatementsComeFirst()
    {
        var root = ParseAssert.Valid("using namespace System.Text\nusing module ./Helpers.psm1\nusing assembly System.Web\n$sb = [StringBuilder]::new()").Root;

        Assert.Equal(
            [UsingStatementKind.Namespace, UsingStatementKind.Module, UsingStatementKind.Assembly],
            root.UsingStatements.Select(static u => u.UsingKind));
        Assert.Equal(["System.Text", "./Helpers.psm1", "System.Web"], root.UsingStatements.Select(static u => u.Name.Text));
        Assert.Single(root.EndBlock!.Statements);
    }

    [Fact]
    public void UsingModuleWithASpecification()
    {
        var statement = ParseAssert.Single<UsingStatementNode>("using module @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }");

        Assert.Equal(2, statement.ModuleSpecification!.KeyValuePairs.Count);
    }

    [Fact]
    public void UsingComesAfterRequiresAndComments()
    {
        var root = ParseAssert.Valid("#requires -Version 7\n# header\nusing namespace System.IO\n[Path]::GetTempPath()").Root;

        Assert.Single(root.UsingStatements);
    }

    [Fact]
    public void UsingAfterOtherStatementsIsAnError()
    {
        ParseAssert.Errors("Get-Date\nusing namespace System", ("UsingMustBeAtStartOfScript", 2, 1));
    }
}
