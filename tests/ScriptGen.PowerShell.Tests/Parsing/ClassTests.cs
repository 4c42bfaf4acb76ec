using ScriptGen.PowerShell.Syntax;

namespace ScriptGen.PowerShell.Tests.Parsing;

public sealed class ClassTests
{
    private const string ClassText = """
        [NoRunspaceAffinity()]
        class Mailbox : BaseObject, System.IComparable {
            [string] $Name
            hidden [int] $size = 0
            static [Mailbox[]] $All = @()

            Mailbox() : base() { }
            Mailbox([string] $name) : base($name) { $this.Name = $name }

            [int] CompareTo([object] $other) { return 0 }
            static [void] Reset() { [Mailbox]::All = @() }
            hidden [string] ToString() { return $this.Name }
        }
        """;

    [Fact]
    public void AClassHasAttributesBaseTypesAndMembers()
    {
        var type = ParseAssert.Single<TypeDefinitionNode>(ClassText);

        Assert.True(type.IsClass);
        Assert.Equal("Mailbox", type.Name);
        Assert.Equal("NoRunspaceAffinity", Assert.Single(type.Attributes).TypeName.FullName);
        Assert.Equal(["BaseObject", "System.IComparable"], type.BaseTypes.Select(static t => t.TypeName.FullName));
        Assert.Equal(8, type.Members.Count);
    }

    [Fact]
    public void PropertiesHaveTypesModifiersAndInitialValues()
    {
        var properties = ParseAssert.Valid(ClassText).Root.DescendantsOfType<PropertyMemberNode>().ToList();

        Assert.Equal(["Name", "size", "All"], properties.Select(static p => p.Name));
        Assert.Equal("string", properties[0].PropertyType!.TypeName.FullName);
        Assert.True(properties[1].IsHidden);
        Assert.Equal("0", properties[1].InitialValue!.Text);
        Assert.True(properties[2].IsStatic);
        Assert.Equal("Mailbox[]", properties[2].PropertyType!.TypeName.FullName);
    }

    [Fact]
    public void MethodsAndConstructors()
    {
        var methods = ParseAssert.Valid(ClassText).Root.DescendantsOfType<FunctionMemberNode>().ToList();

        Assert.Equal(["Mailbox", "Mailbox", "CompareTo", "Reset", "ToString"], methods.Select(static m => m.Name));
        Assert.True(methods[0].IsConstructor);
        Assert.Empty(methods[0].BaseCall!.Arguments);
        Assert.Equal("$name", Assert.Single(methods[1].BaseCall!.Arguments).Text);
        Assert.False(methods[2].IsConstructor);
        Assert.Equal("int", methods[2].ReturnType!.TypeName.FullName);
        Assert.Equal("other", Assert.Single(methods[2].Parameters).Name.Name);
        Assert.True(methods[3].IsStatic);
        Assert.True(methods[4].IsHidden);
    }

    [Fact]
    public void EnumsHaveValuesAndAnUnderlyingType()
    {
        var type = ParseAssert.Single<TypeDefinitionNode>("[Flags()] enum Rights : byte {\n  None = 0\n  Read = 1; Write = 2\n  All = 1 -bor 2\n}");

        Assert.True(type.IsEnum);
        Assert.Equal("byte", Assert.Single(type.BaseTypes).TypeName.FullName);
        var values = type.Members.Cast<PropertyMemberNode>().ToList();
        Assert.Equal(["None", "Read", "Write", "All"], values.Select(static v => v.Name));
        Assert.Equal("1 -bor 2", values[3].InitialValue!.Text);
    }

    [Fact]
    public void EnumValuesWithoutInitializers()
    {
        var type = ParseAssert.Single<TypeDefinitionNode>("enum Color { Red; Green\n Blue }");

        Assert.Equal(3, type.Members.Count);
        Assert.All(type.Members.Cast<PropertyMemberNode>(), static m => Assert.Null(m.InitialValue));
    }

    [Fact]
    public void ClassesMayHaveAttributesOnMembers()
    {
        var property = ParseAssert.Single<PropertyMemberNode>("class R { [DscProperty(Key)] [string] $Path }");

        Assert.Equal("DscProperty", Assert.Single(property.Attributes).TypeName.FullName);
    }

    [Fact]
    public void ClassNamesAreNotKeywordsElsewhere()
    {
        var command = ParseAssert.Single<CommandNode>("Write-Output class enum");

        Assert.Equal(3, command.CommandElements.Count);
    }
}
