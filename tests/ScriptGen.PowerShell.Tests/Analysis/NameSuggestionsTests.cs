using ScriptGen.PowerShell.Analysis.Commands;

namespace ScriptGen.PowerShell.Tests.Analysis;

public sealed class NameSuggestionsTests
{
    [Theory]
    [InlineData("Get-Mailbox", "get-mailbox", 0)]
    [InlineData("Get-Mailbox", "Get-Mailbx", 1)]
    [InlineData("Get-Mailbox", "Get-Mialbox", 1)]
    [InlineData("Get-Mailbox", "Get-Mailboxes", 2)]
    [InlineData("Get-Mailbox", "Set-Mailbox", 1)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps_ignoring_case(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestions.Distance(a, b, limit: 5));
    }

    [Fact]
    public void Distance_stops_past_the_limit()
    {
        Assert.True(NameSuggestions.Distance("Get-Mailbox", "Remove-TransportRule", limit: 2) > 2);
    }

    [Fact]
    public void Nearest_takes_the_closest_candidate_within_the_limit()
    {
        Assert.Equal("ResultSize", NameSuggestions.Nearest("ResultSze", ["Identity", "ResultSize", "Result"], maxDistance: 2));
        Assert.Null(NameSuggestions.Nearest("Organisatoin", ["Identity"], maxDistance: 2));
    }

    [Theory]
    [InlineData("Get-ExchnageServer", "Get-ExchangeServer")]
    [InlineData("Conect-MgGraph", "Connect-MgGraph")]
    [InlineData("Get-ADUser", null)]
    [InlineData("Get-Cluster", "Get-Clutter")]
    public void The_command_suggester_compares_names_that_share_a_verb_or_a_noun(string name, string? expected)
    {
        Assert.Equal(expected, CommandSuggester.For(CommandCatalog.BuiltIn).Suggest(name, []));
    }
}
