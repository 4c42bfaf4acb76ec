using System.Text.RegularExpressions;

namespace ScriptGen.PowerShell.Analysis;

/// <summary>
/// English singular and plural forms of nouns, by rule: irregular pairs, nouns without a plural, then suffix rules
/// tried from the most specific to the most general. It classifies words the way the pluraliser PSScriptAnalyzer uses
/// on PowerShell 7 does (a word is plural when pluralising leaves it unchanged, singular when singularising does), so
/// PSUseSingularNouns reports the same names.
/// </summary>
public static class EnglishNouns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Dictionary<string, string> PluralBySingular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = "we", ["me"] = "us", ["he"] = "they", ["she"] = "they", ["them"] = "them", ["myself"] = "ourselves",
        ["yourself"] = "yourselves", ["itself"] = "themselves", ["herself"] = "themselves", ["himself"] = "themselves",
        ["themself"] = "themselves", ["is"] = "are", ["was"] = "were", ["has"] = "have", ["this"] = "these",
        ["that"] = "those", ["echo"] = "echoes", ["dingo"] = "dingoes", ["volcano"] = "volcanoes", ["tornado"] = "tornadoes",
        ["torpedo"] = "torpedoes", ["veto"] = "vetoes", ["genus"] = "genera", ["viscus"] = "viscera", ["stigma"] = "stigmata",
        ["stoma"] = "stomata", ["dogma"] = "dogmata", ["lemma"] = "lemmata", ["schema"] = "schemata",
        ["anathema"] = "anathemata", ["ox"] = "oxen", ["axe"] = "axes", ["die"] = "dice", ["yes"] = "yeses",
        ["foot"] = "feet", ["eave"] = "eaves", ["goose"] = "geese", ["tooth"] = "teeth", ["quiz"] = "quizzes",
        ["human"] = "humans", ["proof"] = "proofs", ["carve"] = "carves", ["valve"] = "valves", ["looey"] = "looies",
        ["thief"] = "thieves", ["groove"] = "grooves", ["pickaxe"] = "pickaxes", ["passerby"] = "passersby",
        ["whiskey"] = "whiskies",
    };

    private static readonly Dictionary<string, string> SingularByPlural = Invert(PluralBySingular);

    // Nouns used the same way in the singular and the plural.
    private static readonly HashSet<string> Uncountable = new(StringComparer.OrdinalIgnoreCase)
    {
        "adulthood", "advice", "agenda", "aid", "alcohol", "ammo", "athletics", "bison", "blood", "bream", "buffalo",
        "butter", "carp", "cash", "chassis", "chess", "clothing", "cod", "commerce", "cooperation", "corps", "debris",
        "diabetes", "digestion", "elk", "energy", "equipment", "excretion", "expertise", "flounder", "fun", "gallows",
        "garbage", "graffiti", "headquarters", "health", "herpes", "highjinks", "homework", "housework", "information",
        "jeans", "justice", "kudos", "labour", "literature", "machinery", "mackerel", "mail", "media", "mews", "moose",
        "music", "news", "pike", "plankton", "pliers", "pollution", "premises", "rain", "research", "rice", "salmon",
        "scissors", "series", "sewage", "shambles", "shrimp", "species", "staff", "swine", "traffic", "trout", "tuna",
        "wealth", "welfare", "whiting", "wildebeest", "wildlife", "you",
    };

    private static readonly (Regex Pattern, string Replacement)[] ToSingular = Rules(
    [
        (@"(?:pox|ois|deer|fish|sheep|[^aeiou]ese)$", "$0"),
        ("men$", "man"),
        ("(eau)x?$", "$1"),
        ("(child)ren$", "$1"),
        ("(pe)(?:rson|ople)$", "$1rson"),
        ("(matr|append)ices$", "$1ix"),
        ("(cod|mur|sil|vert|ind)ices$", "$1ex"),
        ("(alumn|alg|vertebr)ae$", "$1a"),
        ("(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$", "$1on"),
        ("(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$", "$1um"),
        ("(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1us"),
        ("(cris|test|diagnos)(?:is|es)$", "$1is"),
        ("(movie|twelve)s$", "$1"),
        ("(e[mn]u)s?$", "$1"),
        ("(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|tlas|gas|(?:her|at|gr)o|ris)(?:es)?$", "$1"),
        (@"\b((?:tit)?m|l)ice$", "$1ouse"),
        ("(seraph|cherub)im$", "$1"),
        (@"\b(mon|smil)ies$", "$1ey"),
        (@"\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$", "$1ie"),
        ("ies$", "y"),
        ("(ar|(?:wo|[ae])l|[eo][ao])ves$", "$1f"),
        (@"(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$", "$1fe"),
        ("(analy|ba|diagno|parenthe|progno|synop|the)(?:sis|ses)$", "$1sis"),
        ("(ss)$", "$1"),
        ("s$", string.Empty),
    ]);

    private static readonly (Regex Pattern, string Replacement)[] ToPlural = Rules(
    [
        (@"(?:pox|ois|deer|fish|sheep|[^aeiou]ese)$", "$0"),
        ("m[ae]n$", "men"),
        ("eaux$", "$0"),
        ("(child)(?:ren)?$", "$1ren"),
        ("(pe)(?:rson|ople)$", "$1ople"),
        (@"\b((?:tit)?m|l)(?:ice|ouse)$", "$1ice"),
        ("(matr|cod|mur|sil|vert|ind|append)(?:ix|ex)$", "$1ices"),
        ("(x|ch|ss|sh|zz)$", "$1es"),
        ("([^ch][ieo][ln])ey$", "$1ies"),
        ("([^aeiouy]|qu)y$", "$1ies"),
        ("(?:(kni|wi|li)fe|(ar|l|ea|eo|oa|hoo)f)$", "$1$2ves"),
        ("sis$", "ses"),
        ("(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)(?:a|on)$", "$1a"),
        ("(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor)(?:a|um)$", "$1a"),
        ("(her|at|gr)o$", "$1oes"),
        ("(seraph|cherub)(?:im)?$", "$1im"),
        ("(alumn|alg|vertebr)(?:a|ae)$", "$1ae"),
        ("(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$", "$1i"),
        ("([^l]ias|[aeiou]las|[emjzr]as|[iu]am)$", "$1"),
        ("(e[mn]u)s?$", "$1s"),
        ("(alias|[^aou]us|tlas|gas|ris)$", "$1es"),
        ("(ax|test)is$", "$1es"),
        ("[^\u0000-\u007F]$", "$0"),
        ("s?$", "s"),
    ]);

    /// <summary>True when <paramref name="noun"/> can only be read as a plural (Files, Settings), not as a singular too (Status, Series).</summary>
    public static bool IsPluralOnly(string noun)
    {
        var word = noun.ToLowerInvariant();
        return Singular(word) != word && Plural(word) == word;
    }

    /// <summary>The singular of <paramref name="noun"/>, in the same case style (Bananas gives Banana, CRITERIA gives CRITERION).</summary>
    public static string Singularize(string noun) => RestoreCase(noun, Singular(noun.ToLowerInvariant()));

    /// <summary>The plural of <paramref name="noun"/>, in the same case style.</summary>
    public static string Pluralize(string noun) => RestoreCase(noun, Plural(noun.ToLowerInvariant()));

    private static string Singular(string word) => Transform(word, SingularByPlural, PluralBySingular, ToSingular);

    private static string Plural(string word) => Transform(word, PluralBySingular, SingularByPlural, ToPlural);

    // A word already in the target form stays; an irregular one is looked up; any other goes through the first rule that matches.
    private static string Transform(string word, Dictionary<string, string> irregular, Dictionary<string, string> alreadyTarget, (Regex Pattern, string Replacement)[] rules)
    {
        if (word.Length == 0 || alreadyTarget.ContainsKey(word) || Uncountable.Contains(word))
        {
            return word;
        }

        if (irregular.TryGetValue(word, out var form))
        {
            return form;
        }

        foreach (var (pattern, replacement) in rules)
        {
            if (pattern.IsMatch(word))
            {
                return pattern.Replace(word, replacement, 1);
            }
        }

        return word;
    }

    private static string RestoreCase(string original, string word)
    {
        if (original.Length == 0 || word.Length == 0 || string.Equals(original, word, StringComparison.Ordinal))
        {
            return word;
        }

        if (original.Equals(original.ToUpperInvariant(), StringComparison.Ordinal))
        {
            return word.ToUpperInvariant();
        }

        return char.IsUpper(original[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    // Plural to singular; of the singulars sharing a plural (he, she: they), the first listed.
    private static Dictionary<string, string> Invert(Dictionary<string, string> pluralBySingular)
    {
        var singularByPlural = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (singular, plural) in pluralBySingular)
        {
            singularByPlural.TryAdd(plural, singular);
        }

        return singularByPlural;
    }

    private static (Regex, string)[] Rules((string Pattern, string Replacement)[] rules)
    {
        var compiled = new (Regex, string)[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            compiled[i] = (new Regex(rules[i].Pattern, Options), rules[i].Replacement);
        }

        return compiled;
    }
}
