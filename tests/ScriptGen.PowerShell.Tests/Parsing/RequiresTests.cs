using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class RequiresTests
{
    [Fact]
    public void RequiresCommentsAreRead()
    {
        var result = ParseAssert.Valid("""
            #Requires -Version 5.1
            #requires -PSEdition Core, Desktop
            #requires -Modules ExchangeOnlineManagement, @{ ModuleName = 'Az.Accounts'; ModuleVersion = '2.0.0' }
            #requires -RunAsAdministrator
            #requires -Assembly System.Web
            Get-Mailbox
            """);
        var requirements = result.Requirements;

        Assert.Equal(new Version(5, 1), requirements.RequiredPSVersion);
        Assert.Equal(["Core", "Desktop"], requirements.RequiredPSEditions);
        Assert.Equal([new RequiredModule("ExchangeOnlineManagement"), new RequiredModule("Az.Accounts", Version: "2.0.0")], requirements.RequiredModules);
        Assert.True(requirements.IsElevationRequired);
        Assert.Equal(["System.Web"], requirements.RequiredAssemblies);
        Assert.Same(requirements, result.Root.Requirements);
    }

    [Fact]
    public void AWholeNumberVersionMeansMinorZero()
    {
        Assert.Equal(new Version(7, 0), ParseAssert.Valid("#requires -version 7").Requirements.RequiredPSVersion);
    }

    [Fact]
    public void ParameterNamesMayBeAbbreviated()
    {
        Assert.Equal(new Version(3, 0), ParseAssert.Valid("#requires -ver 3.0").Requirements.RequiredPSVersion);
    }

    [Fact]
    public void RequiresAppliesToTheWholeScriptWhereverItIs()
    {
        var result = ParseAssert.Valid("function f {\n#requires -Version 7\n}");

        Assert.Equal(new Version(7, 0), result.Requirements.RequiredPSVersion);
    }

    [Fact]
    public void AScriptWithoutRequiresHasEmptyRequirements()
    {
        var requirements = ParseAssert.Valid("Get-Date").Requirements;

        Assert.Null(requirements.RequiredPSVersion);
        Assert.Empty(requirements.RequiredModules);
    }

    [Fact]
    public void BadRequiresAreErrors()
    {
        ParseAssert.Errors("#requires -Version abc", ("RequiresVersionInvalid", 1, 20));
        ParseAssert.Errors("#requires -Modules $name", ("RequiresArgumentMustBeConstant", 1, 20));
        ParseAssert.Errors("#requires -PSEdition Server", ("RequiresPSEditionInvalid", 1, 22));
        ParseAssert.Errors("#requires -Version", ("ParameterRequiresArgument", 1, 11));
        ParseAssert.Errors("#requires -Nonsense 1", ("ScriptRequiresInvalidFormat", 1, 11));
    }

    [Fact]
    public void RequiresIsReadInAnyLineCommentButNotInBlockCommentsOrStrings()
    {
        Assert.Equal(new Version(7, 0), PowerShellParser.Parse("Get-Date #requires -Version 7").Requirements.RequiredPSVersion);
        Assert.Null(PowerShellParser.Parse("<#requires -Version 7#>").Requirements.RequiredPSVersion);
        Assert.Null(PowerShellParser.Parse("\"$(1 #requires -Version 7\n)\"").Requirements.RequiredPSVersion);
    }
}
