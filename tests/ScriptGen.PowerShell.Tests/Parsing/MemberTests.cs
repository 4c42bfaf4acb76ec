using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class MemberTests
{
    [Fact]
    public void PropertyAccess()
    {
        var member = ParseAssert.Single<MemberExpressionNode>("$user.DisplayName");

        Assert.Equal("DisplayName", member.MemberName);
        Assert.False(member.Static);
        Assert.False(member.NullConditional);
    }

    [Fact]
    public void StaticAccessOnTypes()
    {
        var member = ParseAssert.Single<MemberExpressionNode>("[Math]::PI");

        Assert.True(member.Static);
        Assert.Equal("Math", Assert.IsType<TypeExpressionNode>(member.Expression).TypeName.FullName);
    }

    [Fact]
    public void MethodCalls()
    {
        var call = ParseAssert.Single<InvokeMemberExpressionNode>("[string]::Join(', ', $names)");

        Assert.True(call.Static);
        Assert.Equal("Join", call.MemberName);
        Assert.Equal(["', '", "$names"], call.Arguments.Select(static a => a.Text));
    }

    [Fact]
    public void ArgumentsMaySpanLines()
    {
        var call = ParseAssert.Single<InvokeMemberExpressionNode>("$list.Add(\n  1,\n  2\n)");

        Assert.Equal(2, call.Arguments.Count);
    }

    [Fact]
    public void NullConditionalAccess()
    {
        Assert.True(ParseAssert.Single<MemberExpressionNode>("${a}?.Name").NullConditional);
        Assert.True(ParseAssert.Single<IndexExpressionNode>("${a}?[0]").NullConditional);
    }

    [Fact]
    public void DynamicMemberNames()
    {
        var member = ParseAssert.Single<MemberExpressionNode>("$o.$name");

        Assert.Null(member.MemberName);
        Assert.IsType<VariableExpressionNode>(member.Member);
        Assert.Equal("'a b'", ParseAssert.Single<MemberExpressionNode>("$o.'a b'").Member.Text);
    }

    [Fact]
    public void GenericMethodCalls()
    {
        var call = ParseAssert.Single<InvokeMemberExpressionNode>("[Array]::Empty[string]()");

        Assert.Equal("string", Assert.Single(call.GenericArguments!.TypeArguments).FullName);
        Assert.Empty(call.Arguments);
    }

    [Fact]
    public void ScriptBlockMethodArguments()
    {
        var call = ParseAssert.Single<InvokeMemberExpressionNode>("$items.Where{ $_ -gt 1 }");

        Assert.IsType<ScriptBlockExpressionNode>(Assert.Single(call.Arguments));
    }

    [Fact]
    public void IndexExpressions()
    {
        var index = ParseAssert.Single<IndexExpressionNode>("$table['key']");

        Assert.Equal("$table", index.Target.Text);
        Assert.Equal("'key'", index.Index.Text);
        Assert.IsType<ArrayLiteralNode>(ParseAssert.Single<IndexExpressionNode>("$a[0, -1]").Index);
    }

    [Fact]
    public void ChainsOfPostfixOperators()
    {
        var outer = ParseAssert.First<InvokeMemberExpressionNode>("$a.b[0].c('x').d");

        Assert.Equal("c", outer.MemberName);
        var index = Assert.IsType<MemberExpressionNode>(Assert.IsType<IndexExpressionNode>(outer.Expression).Target);
        Assert.Equal("b", index.MemberName);
    }

    [Fact]
    public void ASpaceBeforeABracketEndsTheExpressionInCommandMode()
    {
        var command = ParseAssert.Single<CommandNode>("Write-Output $a [0]");

        Assert.Equal(3, command.CommandElements.Count);
    }

    [Fact]
    public void MemberAccessOnKeywordsAndNumbers()
    {
        Assert.Equal("if", ParseAssert.Single<MemberExpressionNode>("$x.if").MemberName);
        Assert.Equal("ToString", ParseAssert.Single<InvokeMemberExpressionNode>("(1).ToString()").MemberName);
    }
}
