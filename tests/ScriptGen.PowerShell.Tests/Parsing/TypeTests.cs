using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class TypeTests
{
    [Theory]
    [InlineData("[int]$x", "int")]
    [InlineData("[System.Collections.Generic.List[string]]$x", "System.Collections.Generic.List[string]")]
    [InlineData("[Dictionary[string, List[int]]]$x", "Dictionary[string,List[int]]")]
    [InlineData("[string[]]$x", "string[]")]
    [InlineData("[int[,]]$x", "int[,]")]
    [InlineData("[List[int][]]$x", "List[int][]")]
    public void TypeNamesPrintAsPowerShellDoes(string text, string fullName)
    {
        Assert.Equal(fullName, ParseAssert.Single<ConvertExpressionNode>(text).Type.TypeName.FullName);
    }

    [Fact]
    public void ArrayAndGenericTypeNameShapes()
    {
        var array = Assert.IsType<ArrayTypeNameNode>(ParseAssert.Single<ConvertExpressionNode>("[byte[]]$b").Type.TypeName);
        Assert.Equal("byte", array.ElementType.FullName);

        var generic = Assert.IsType<GenericTypeNameNode>(ParseAssert.Single<ConvertExpressionNode>("[Dictionary[string, int]]$d").Type.TypeName);
        Assert.Equal("Dictionary", generic.GenericDefinition.FullName);
        Assert.Equal(["string", "int"], generic.TypeArguments.Select(static t => t.FullName));
    }

    [Fact]
    public void AssemblyQualifiedNames()
    {
        var type = ParseAssert.Single<TypeExpressionNode>("[System.String, mscorlib,Version = 4.0.0.0]");

        var simple = Assert.IsType<SimpleTypeNameNode>(type.TypeName);
        Assert.Equal("mscorlib, Version=4.0.0.0", simple.AssemblyName);
        Assert.Equal("System.String,mscorlib, Version=4.0.0.0", simple.FullName);
        Assert.Equal("System.String", simple.Name);
        Assert.Equal("List[int],mylib", ParseAssert.Single<TypeExpressionNode>("[List[int], mylib]").TypeName.FullName);
        Assert.Equal("int[],mylib", ParseAssert.Single<TypeExpressionNode>("[int[], mylib]").TypeName.FullName);
    }

    [Fact]
    public void CastsNest()
    {
        var outer = ParseAssert.First<ConvertExpressionNode>("[string][int]'5'");

        Assert.Equal("int", Assert.IsType<ConvertExpressionNode>(outer.Child).Type.TypeName.FullName);
    }

    [Fact]
    public void ATypeAloneIsATypeLiteral()
    {
        Assert.Equal("datetime", ParseAssert.Single<TypeExpressionNode>("[datetime]").TypeName.FullName);
    }

    [Fact]
    public void AttributesOnExpressions()
    {
        var attributed = ParseAssert.Single<AttributedExpressionNode>("[ValidateNotNullOrEmpty()]$name = 'x'");

        Assert.IsType<AttributeNode>(attributed.Attribute);
        Assert.Equal("$name", attributed.Child.Text);
    }

    [Fact]
    public void AttributeArgumentsMayBeScriptBlocksAndArrays()
    {
        var attribute = ParseAssert.Single<AttributeNode>("param([ValidateScript({ Test-Path $_ })][ValidateSet('a', 'b')]$p)".Replace("[ValidateSet('a', 'b')]", string.Empty, StringComparison.Ordinal));

        Assert.IsType<ScriptBlockExpressionNode>(Assert.Single(attribute.PositionalArguments));
    }

    [Fact]
    public void NamedAttributeArgumentWithoutValueMeansTrue()
    {
        var argument = ParseAssert.Single<NamedAttributeArgumentNode>("param([Parameter(ValueFromPipeline)]$x)");

        Assert.True(argument.ExpressionOmitted);
        Assert.Null(argument.Argument);
        Assert.Equal("ValueFromPipeline", argument.ArgumentName);
    }
}
