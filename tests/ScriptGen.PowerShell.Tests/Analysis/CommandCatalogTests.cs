using System.Text.Json;
using ScriptGen.PowerShell.Analysis.Commands;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Every_command_reads_as_the_whole_document_says()
    {
        var expected = WholeDocumentReading();
        var catalog = CommandCatalog.LoadBuiltIn();

        Assert.Equal(expected.Select(c => c.GetProperty("name").GetString()), catalog.CommandNames);
        foreach (var item in expected)
        {
            var command = catalog.Find(item.GetProperty("name").GetString()!)!;
            Assert.Equal(item.GetProperty("module").GetString(), command.Module);
            Assert.Equal(item.GetProperty("commonParameters").GetBoolean(), command.CommonParameters);
            Assert.Equal(Strings(item, "parameters"), command.Parameters);
            Assert.Equal(Strings(item, "aliases"), command.Aliases);
            Assert.Equal(Map(item, "parameterAliases"), Flatten(command.ParameterAliases));
            Assert.Equal(Map(item, "versions"), Flatten(command.Versions));
        }
    }

    [Fact]
    public void Aliases_and_functions_come_from_the_commands_and_the_document()
    {
        var catalog = CommandCatalog.LoadBuiltIn();

        Assert.Equal("Get-ChildItem", catalog.ResolveAlias("gci"));
        Assert.Equal("Get-ChildItem", catalog.ResolveAlias("DIR"));
        Assert.Equal("Where-Object", catalog.Resolve("?"));
        Assert.Null(catalog.ResolveAlias("Get-ChildItem"));
        Assert.True(catalog.IsBuiltInFunction("mkdir"));
        Assert.True(catalog.IsKnown("Get-Mailbox"));
        Assert.True(catalog.IsKnown("mkdir"));
        Assert.False(catalog.IsKnown("Get-Mailboxx"));
    }

    [Fact]
    public void Looking_up_a_command_reads_only_that_command()
    {
        var catalog = CommandCatalog.LoadBuiltIn();

        Assert.True(catalog.IsKnown("Get-Mailbox"));
        Assert.Equal("Get-ChildItem", catalog.ResolveAlias("ls"));
        Assert.Equal(0, catalog.ReadCount);
        Assert.Equal("ExchangePowerShell", catalog.Find("get-mailbox")!.Module);
        Assert.Same(catalog.Find("Get-Mailbox"), catalog.FindCommand("GET-MAILBOX"));
        Assert.Equal(1, catalog.ReadCount);
    }

    [Fact]
    public void Threads_looking_up_the_same_command_get_the_same_one()
    {
        var catalog = CommandCatalog.LoadBuiltIn();
        var names = catalog.CommandNames.Take(200).ToArray();

        var found = Enumerable.Range(0, 8).AsParallel().Select(_ => names.Select(catalog.Find).ToArray()).ToArray();

        Assert.All(found, run => Assert.Equal(found[0], run, ReferenceEqualityComparer.Instance));
        Assert.Equal(names.Length, catalog.ReadCount);
    }

    [Fact]
    public void A_catalogue_of_given_commands_keeps_the_first_claim_on_an_alias()
    {
        var first = new CommandInfo("Get-Thing", "M", true, ["Name"], new Dictionary<string, IReadOnlyList<string>>(), ["gt"], new Dictionary<string, IReadOnlyList<string>>());
        var second = first with { Name = "Get-Other" };

        var catalog = new CommandCatalog([first, second], ["helper"], new Dictionary<string, string> { ["gt"] = "elsewhere", ["h"] = "helper" });

        Assert.Equal("Get-Thing", catalog.ResolveAlias("gt"));
        Assert.Equal("helper", catalog.ResolveAlias("H"));
        Assert.Same(second, catalog.Find("get-other"));
        Assert.Equal(["Get-Thing", "Get-Other"], catalog.CommandNames);
    }

    // The resources read the straightforward way, as an oracle for the index-then-read-on-demand reading.
    private static List<JsonElement> WholeDocumentReading()
    {
        var commands = new List<JsonElement>();
        foreach (var name in new[] { "commands.supplement.json", "commands.json" })
        {
            using var stream = typeof(CommandCatalog).Assembly.GetManifestResourceStream(name)!;
            commands.AddRange(JsonDocument.Parse(stream).RootElement.GetProperty("commands").EnumerateArray());
        }

        return commands;
    }

    private static string[] Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(e => e.GetString()!).ToArray() : [];

    private static string[] Map(JsonElement item, string name) =>
        item.TryGetProperty(name, out var map)
            ? map.EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(v => $"{p.Name}={v.GetString()}")).ToArray()
            : [];

    private static string[] Flatten(IReadOnlyDictionary<string, IReadOnlyList<string>> map) =>
        map.SelectMany(p => p.Value.Select(v => $"{p.Key}={v}")).ToArray();
}
