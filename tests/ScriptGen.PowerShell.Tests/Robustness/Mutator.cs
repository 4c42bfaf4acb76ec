using System.Text;

namespace ScriptGen.PowerShell.Tests.Robustness;

/// <summary>Makes deterministic random variants of a script: deletions, insertions, duplications, truncations and random characters.</summary>
internal sealed class Mutator(int seed)
{
    // Fragments that open or close PowerShell constructs, so mutations often land in the interesting cases.
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "@(", "@{", "$(", "${", "\"", "'", "@'\n", "@\"\n", "\n'@", "\n\"@", "`", "`\n",
        "#", "<#", "#>", "\n", "\r\n", "\r", ";", "|", "||", "&&", "&", ",", ".", "::", "?.", "?[", "=", "-eq", "-",
        "--%", "2>&1", ">", "$", "@", "$_", "$x", "::new(", "[int]", "[Parameter(", "param(", "function f ", "class C ",
        "enum E ", "if (", "else", "foreach (", "switch (", "try {", "catch", "finally", "trap", "data", "using ",
        "configuration C ", "Node ", "#requires -", "-parallel", "begin {", "process {", "end {", ":label ",
        "0x", "1e", "1kb", "1..", "\u2013", "\u201C", "\u2018", "\u00A0", "\t", " ",
    ];

    private readonly Random _random = new(seed);

    /// <summary>A variant of <paramref name="text"/> with one to three mutations applied.</summary>
    public string Mutate(string text)
    {
        var builder = new StringBuilder(text);
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(builder);
        }

        return builder.ToString();
    }

    private void MutateOnce(StringBuilder builder)
    {
        var position = _random.Next(builder.Length + 1);
        switch (_random.Next(7))
        {
            case 0:
                var length = Math.Min(builder.Length - position, 1 + _random.Next(24));
                builder.Remove(position, length);
                break;
            case 1:
                builder.Insert(position, Fragments[_random.Next(Fragments.Length)]);
                break;
            case 2:
                builder.Insert(position, RandomCharacters(1 + _random.Next(4)));
                break;
            case 3:
                var start = _random.Next(builder.Length + 1);
                var copied = Math.Min(builder.Length - start, 1 + _random.Next(40));
                builder.Insert(position, builder.ToString(start, copied));
                break;
            case 4:
                builder.Length = position;
                break;
            case 5 when builder.Length > 0:
                builder[Math.Min(position, builder.Length - 1)] = RandomCharacter();
                break;
            default:
                builder.Insert(position, Fragments[_random.Next(Fragments.Length)] + Fragments[_random.Next(Fragments.Length)]);
                break;
        }
    }

    private string RandomCharacters(int count)
    {
        var characters = new char[count];
        for (var i = 0; i < count; i++)
        {
            characters[i] = RandomCharacter();
        }

        return new string(characters);
    }

    // Mostly ASCII punctuation and letters, sometimes control characters, lone surrogates and other Unicode.
    private char RandomCharacter() => _random.Next(10) switch
    {
        < 6 => (char)_random.Next(0x20, 0x7F),
        6 => (char)_random.Next(0, 0x20),
        7 => (char)_random.Next(0xD800, 0xE000),
        _ => (char)_random.Next(0x80, 0x3000),
    };
}
