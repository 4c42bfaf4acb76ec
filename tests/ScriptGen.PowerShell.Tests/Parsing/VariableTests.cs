using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class VariableTests
{
    [Theory]
    [InlineData("$x", "x", VariableScope.None, null)]
    [InlineData("$global:Config", "Config", VariableScope.Global, null)]
    [InlineData("$script:count", "count", VariableScope.Script, null)]
    [InlineData("$local:tmp", "tmp", VariableScope.Local, null)]
    [InlineData("$private:secret", "secret", VariableScope.Private, null)]
    [InlineData("$env:PATH", "PATH", VariableScope.None, "env")]
    [InlineData("$function:prompt", "prompt", VariableScope.None, "function")]
    [InlineData("${C:\\temp\\a.txt}", "\\temp\\a.txt", VariableScope.None, "C")]
    public void ScopesAndDrives(string text, string name, VariableScope scope, string? drive)
    {
        var variable = ParseAssert.Single<VariableExpressionNode>(text);

        Assert.Equal(name, variable.Name);
        Assert.Equal(scope, variable.VariablePath.Scope);
        Assert.Equal(drive, variable.VariablePath.DriveName);
        Assert.Equal(drive is not null, variable.VariablePath.IsDriveQualified);
    }

    [Fact]
    public void BracedNamesMayHoldAnything()
    {
        var variable = ParseAssert.Single<VariableExpressionNode>("${my var-name}");

        Assert.True(variable.IsBraced);
        Assert.Equal("my var-name", variable.Name);
    }

    [Fact]
    public void BracedNamesUnescapeBackticks()
    {
        Assert.Equal("a}b", ParseAssert.Single<VariableExpressionNode>("${a`}b}").Name);
    }

    [Theory]
    [InlineData("$_")]
    [InlineData("$$")]
    [InlineData("$?")]
    [InlineData("$^")]
    [InlineData("$true")]
    [InlineData("$null")]
    public void SpecialVariables(string text)
    {
        Assert.Equal(text.Substring(1), ParseAssert.Single<VariableExpressionNode>(text).Name);
    }

    [Fact]
    public void ConstantVariablesAreRecognised()
    {
        Assert.True(ParseAssert.Single<VariableExpressionNode>("$true").IsConstantVariable);
        Assert.True(ParseAssert.Single<VariableExpressionNode>("$NULL").IsConstantVariable);
        Assert.False(ParseAssert.Single<VariableExpressionNode>("$global:true").IsConstantVariable);
        Assert.False(ParseAssert.Single<VariableExpressionNode>("$x").IsConstantVariable);
    }

    [Fact]
    public void UsingVariablesWrapTheVariableAndItsMembers()
    {
        var usingNode = ParseAssert.Single<UsingExpressionNode>("Invoke-Command { $using:session.Id }");

        var member = Assert.IsType<MemberExpressionNode>(usingNode.SubExpression);
        var variable = Assert.IsType<VariableExpressionNode>(member.Expression);
        Assert.Equal("session", variable.Name);
        Assert.Equal("session", variable.VariablePath.UserPath);
        Assert.Equal("$using:session", variable.Text);
    }

    [Fact]
    public void SplattedVariablesStartWithAt()
    {
        var variable = ParseAssert.Single<VariableExpressionNode>("Get-Thing @params");

        Assert.True(variable.Splatted);
        Assert.Equal("params", variable.Name);
    }
}
