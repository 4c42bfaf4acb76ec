using ScriptGen.PowerShell.Analysis.Commands;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class ParameterTableTests
{
    private static readonly CommandCatalog Catalog = CommandCatalog.BuiltIn;

    [Theory]
    [InlineData("Get-ChildItem", "Recurse", "Recurse")]
    [InlineData("Get-ChildItem", "rec", "Recurse")]
    [InlineData("Get-ChildItem", "LP", "LiteralPath")]
    [InlineData("Get-ChildItem", "ea", "ErrorAction")]
    [InlineData("Get-ChildItem", "ErrorA", "ErrorAction")]
    [InlineData("Remove-Item", "cf", "Confirm")]
    [InlineData("Invoke-RestMethod", "TimeoutSec", "TimeoutSec")]
    [InlineData("Invoke-RestMethod", "Timeout", "TimeoutSec")]
    [InlineData("Set-AuthConfig", "Cert", "CertificateThumbprint")]
    [InlineData("Get-PushNotificationApp", "Identity", "Identity")]
    public void A_typed_name_binds_as_PowerShell_binds_it(string command, string typed, string expected)
    {
        var match = ParameterTable.For(Catalog.FindCommand(command)!).Match(typed);

        Assert.Equal(expected, match.Parameter);
        Assert.Equal(expected, Catalog.FindCommand(command)!.ResolveParameter(typed));
    }

    [Fact]
    public void A_prefix_of_several_parameters_is_ambiguous_and_lists_them()
    {
        var match = ParameterTable.For(Catalog.FindCommand("Get-ChildItem")!).Match("F");

        Assert.True(match.IsAmbiguous);
        Assert.Equal(["Filter", "Force", "File", "FollowSymlink"], match.Candidates);
    }

    [Fact]
    public void An_unknown_name_binds_to_nothing()
    {
        var match = ParameterTable.For(Catalog.FindCommand("Get-Mailbox")!).Match("ResultSze");

        Assert.False(match.IsBound);
        Assert.False(match.IsAmbiguous);
    }

    [Fact]
    public void A_table_of_a_script_function_has_its_aliases_and_the_common_parameters_only_when_asked()
    {
        var aliases = new[] { new KeyValuePair<string, IReadOnlyList<string>>("Name", ["N"]) };

        var advanced = ParameterTable.Create(["Name"], aliases, commonParameters: true);
        var simple = ParameterTable.Create(["Name"], aliases, commonParameters: false);

        Assert.Equal("Name", advanced.Match("n").Parameter);
        Assert.Equal("Verbose", advanced.Match("vb").Parameter);
        Assert.Null(simple.Match("Verbose").Parameter);
    }

    [Fact]
    public void Aliases_resolve_to_their_command_and_the_supplement_is_part_of_the_catalogue()
    {
        Assert.Equal("Get-ChildItem", Catalog.FindCommand("gci")!.Name);
        Assert.Equal("ExchangePowerShell", Catalog.FindCommand("Set-PushNotificationApp")!.Module);
        Assert.Null(Catalog.FindCommand("Get-Nothing"));
    }
}
