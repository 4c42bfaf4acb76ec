using System.Text;

namespace ScriptGen.Core.Tests.Support;

/// <summary>Deterministic random strings made of the characters that could break out of a PowerShell literal or comment.</summary>
public static class HostileValues
{
    private static readonly string[] Pieces =
    [
        "'", "''", "\"", "`", "\u2018", "\u2019", "\u201A", "\u201B", "\u201C", "\u201D", "\u201E", "$", "$(", "${", ")", "}", "{",
        "#", "<#", "#>", "\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", ";", "|", "&", "&&", "@'", "'@", "@\"", "\"@", "\0",
        "--%", "-", "\u2013", "\u2014", "\t", " ", "a", "Z", "9", "\uD83D\uDE00", "\\", "%", "{{", "}}", "\u00A0",
    ];

    /// <summary><paramref name="count"/> strings from a fixed seed, so failures reproduce.</summary>
    public static IEnumerable<string> Generate(int count, int seed = 20261122)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 12);
            for (var j = 0; j < length; j++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return builder.ToString();
        }
    }
}
