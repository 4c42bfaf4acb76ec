namespace ScriptGen.PowerShell.Analysis.Commands;

/// <summary>
/// Finds the known name a misspelt one most likely meant: the nearest by edit distance (insertions, deletions,
/// substitutions and swaps of neighbouring letters, ignoring case), within a limit.
/// </summary>
public static class NameSuggestions
{
    private const int MaxLength = 128;

    /// <summary>The candidate nearest to <paramref name="typed"/> within <paramref name="maxDistance"/> edits (the first on a tie), or null.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates, int maxDistance)
    {
        string? best = null;
        var bestDistance = maxDistance + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - typed.Length) >= bestDistance)
            {
                continue;
            }

            var distance = Distance(typed, candidate, bestDistance - 1);
            if (distance < bestDistance && distance > 0)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The edit distance between two names ignoring case, or any value above <paramref name="limit"/> once it exceeds it.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (a.Length > MaxLength || b.Length > MaxLength)
        {
            return limit + 1;
        }

        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    private static bool Same(char x, char y) => x == y || char.ToUpperInvariant(x) == char.ToUpperInvariant(y);
}
