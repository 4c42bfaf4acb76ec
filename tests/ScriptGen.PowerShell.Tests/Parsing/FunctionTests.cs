using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class FunctionTests
{
    [Fact]
    public void AFunctionHasANameAndABody()
    {
        var function = ParseAssert.Single<FunctionDefinitionNode>("function Get-Thing { 'x' }");

        Assert.Equal("Get-Thing", function.Name);
        Assert.False(function.IsFilter);
        Assert.False(function.IsWorkflow);
        Assert.False(function.HasInlineParameters);
        Assert.Equal("{ 'x' }", function.Body.Text);
    }

    [Fact]
    public void TheNameKeepsItsScopePrefix()
    {
        Assert.Equal("global:Set-It", ParseAssert.Single<FunctionDefinitionNode>("function global:Set-It {}").Name);
        Assert.Equal("script:helper", ParseAssert.Single<FunctionDefinitionNode>("function script:helper {}").Name);
    }

    [Fact]
    public void NamesMayHoldUnusualCharacters()
    {
        Assert.Equal("Use-#Reserved", ParseAssert.Single<FunctionDefinitionNode>("function Use-#Reserved { }").Name);
        Assert.Equal("Get-Items*", ParseAssert.Single<FunctionDefinitionNode>("function Get-Items* { }").Name);
        Assert.Equal("if", ParseAssert.Single<FunctionDefinitionNode>("function if { }").Name);
    }

    [Fact]
    public void FiltersAreFunctions()
    {
        Assert.True(ParseAssert.Single<FunctionDefinitionNode>("filter Even { if ($_ % 2 -eq 0) { $_ } }").IsFilter);
    }

    [Fact]
    public void InlineParametersHaveTypesAndDefaults()
    {
        var function = ParseAssert.Single<FunctionDefinitionNode>("function f($a, [int]$b = 2, [string[]]$c) { }");

        Assert.True(function.HasInlineParameters);
        Assert.Equal(["a", "b", "c"], function.Parameters.Select(static p => p.Name.Name));
        Assert.Equal("int", function.Parameters[1].StaticTypeName);
        Assert.Equal("2", function.Parameters[1].DefaultValue!.Text);
        Assert.Equal("string[]", function.Parameters[2].StaticTypeName);
        Assert.Null(function.Parameters[0].StaticTypeName);
    }

    [Fact]
    public void ParametersCarryAttributes()
    {
        var parameter = ParseAssert.Single<ParameterNode>(
            "function f { param([Parameter(Mandatory, Position = 0, HelpMessage = 'name')][Alias('N')][ValidateNotNull()][string]$Name) }");

        var parameterAttribute = Assert.IsType<AttributeNode>(parameter.Attributes[0]);
        Assert.Equal("Parameter", parameterAttribute.TypeName.FullName);
        Assert.Equal(["Mandatory", "Position", "HelpMessage"], parameterAttribute.NamedArguments.Select(static a => a.ArgumentName));
        Assert.True(parameterAttribute.NamedArguments[0].ExpressionOmitted);
        Assert.Equal("0", parameterAttribute.NamedArguments[1].Argument!.Text);
        Assert.Equal(4, parameter.Attributes.Count);
        Assert.Equal("string", parameter.StaticTypeName);
    }

    [Fact]
    public void AttributeArgumentsArePositionalOrNamed()
    {
        var attribute = ParseAssert.First<AttributeNode>("function f { [ValidateRange(1, 10)][ValidateSet('a', 'b', IgnoreCase = $false)]param($x) }");

        Assert.Equal(["1", "10"], attribute.PositionalArguments.Select(static a => a.Text));
        Assert.Empty(attribute.NamedArguments);
    }

    [Fact]
    public void CmdletBindingOnTheParamBlock()
    {
        var function = ParseAssert.Single<FunctionDefinitionNode>(
            "function Set-It {\n  [CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]\n  param([switch]$Force)\n  $Force\n}");

        var attribute = Assert.Single(function.Body.Attributes);
        Assert.Equal("CmdletBinding", attribute.TypeName.Name);
        Assert.Equal("$true", attribute.NamedArguments[0].Argument!.Text);
    }

    [Fact]
    public void ANestedFunctionIsAStatementOfItsParent()
    {
        var outer = ParseAssert.First<FunctionDefinitionNode>("function outer { function inner { } inner }");

        var inner = Assert.IsType<FunctionDefinitionNode>(outer.Body.EndBlock!.Statements[0]);
        Assert.Equal("inner", inner.Name);
        Assert.Same(outer, inner.FirstAncestor<FunctionDefinitionNode>());
    }

    [Fact]
    public void WorkflowsParseWhenAllowed()
    {
        var result = ScriptGen.PowerShell.Parsing.PowerShellParser.Parse(
            "workflow Test-Flow { parallel { Get-Date } sequence { 1 } foreach -parallel ($x in $y) { $x } inlinescript { 'x' } }",
            new ScriptGen.PowerShell.Parsing.ParserOptions { AllowWorkflows = true });

        Assert.False(result.HasErrors, ParseAssert.Describe(result.Diagnostics));
        var workflow = Assert.Single(result.Root.DescendantsOfType<FunctionDefinitionNode>());
        Assert.True(workflow.IsWorkflow);
        Assert.Equal(2, result.Root.DescendantsOfType<BlockStatementNode>().Count());
        Assert.Equal(ForEachFlags.Parallel, Assert.Single(result.Root.DescendantsOfType<ForEachStatementNode>()).Flags);
    }

    [Fact]
    public void CommentBasedHelpIsAReachableComment()
    {
        var result = ParseAssert.Valid("<#\n.SYNOPSIS\nDoes it.\n#>\nfunction Do-It { }");

        var help = Assert.Single(result.Comments);
        Assert.Contains(".SYNOPSIS", result.GetText(help), StringComparison.Ordinal);
        Assert.True(help.End <= result.Root.DescendantsOfType<FunctionDefinitionNode>().Single().Span.Start);
    }
}
