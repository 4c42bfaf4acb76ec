using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// Finds the command that a Verb-Noun name one edit away from it most likely meant. One typo leaves either the verb
/// or the noun intact, so only the commands that share one of them are compared. A name whose verb is itself a verb
/// of catalogued commands is only compared with commands of that verb: Get-X next to a known Set-X is a sibling
/// command, not a typo. Answers from the catalogue are kept, because the same unknown names (another module's cmdlets,
/// a script's helpers) come back in file after file.
/// </summary>
public sealed class CommandSuggester
{
    private const int CacheLimit = 50_000;
    private static readonly ConditionalWeakTable<CommandCatalog, CommandSuggester> Suggesters = new();
    private readonly ILookup<string, string> _byVerb;
    private readonly ILookup<string, string> _byNoun;
    private readonly HashSet<string> _verbs;
    private readonly ConcurrentDictionary<string, string?> _answers = new(StringComparer.OrdinalIgnoreCase);

    private CommandSuggester(CommandCatalog catalog)
    {
        var names = catalog.CommandNames.Where(n => n.IndexOf('-') > 0).ToArray();
        _byVerb = names.ToLookup(n => n[..n.IndexOf('-')], StringComparer.OrdinalIgnoreCase);
        _byNoun = names.ToLookup(n => n[(n.IndexOf('-') + 1)..], StringComparer.OrdinalIgnoreCase);
        _verbs = new HashSet<string>(_byVerb.Select(g => g.Key), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The suggester for <paramref name="catalog"/>, built once.</summary>
    public static CommandSuggester For(CommandCatalog catalog) => Suggesters.GetValue(catalog, static c => new CommandSuggester(c));

    /// <summary>
    /// The command one edit away from <paramref name="name"/> (a Verb-Noun name): one of the script's
    /// <paramref name="functions"/> first, else a catalogued command; null when there is none.
    /// </summary>
    public string? Suggest(string name, IEnumerable<string> functions)
    {
        var dash = name.IndexOf('-');
        if (dash <= 0 || dash == name.Length - 1)
        {
            return null;
        }

        var verb = name[..dash];
        var verbIsKnown = _verbs.Contains(verb);
        var candidates = verbIsKnown ? functions.Where(f => f.StartsWith(verb + "-", StringComparison.OrdinalIgnoreCase)) : functions;
        return NameSuggestions.Nearest(name, candidates, maxDistance: 1) ?? FromCatalog(name, verb, verbIsKnown);
    }

    private string? FromCatalog(string name, string verb, bool verbIsKnown)
    {
        if (_answers.TryGetValue(name, out var known))
        {
            return known;
        }

        var candidates = verbIsKnown ? _byVerb[verb] : _byVerb[verb].Concat(_byNoun[name[(verb.Length + 1)..]]);
        var answer = NameSuggestions.Nearest(name, candidates, maxDistance: 1);
        if (_answers.Count < CacheLimit)
        {
            _answers.TryAdd(name, answer);
        }

        return answer;
    }
}
