using System.Text;

namespace ScriptGen.Core.Comparison;

/// <summary>
/// A line diff by Myers' O(ND) algorithm (shortest edit script), formatted in the unified format with three lines
/// of context, the form `diff -u` and code review tools show.
/// </summary>
public static class LineDiff
{
    private const int Context = 3;

    /// <summary>The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when their lines are equal.</summary>
    public static string Unified(string oldText, string newText, string oldName, string newName)
    {
        var a = Lines(oldText);
        var b = Lines(newText);
        var script = EditScript(a, b);
        if (script.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var output = new StringBuilder().Append("--- ").Append(oldName).Append('\n').Append("+++ ").Append(newName).Append('\n');
        foreach (var (start, end) in Hunks(script))
        {
            var slice = script.Skip(start).Take(end - start).ToArray();
            var oldCount = slice.Count(e => e.Kind != '+');
            var newCount = slice.Count(e => e.Kind != '-');
            var oldStart = slice.First().OldLine + (oldCount == 0 ? 0 : 1);
            var newStart = slice.First().NewLine + (newCount == 0 ? 0 : 1);
            output.Append("@@ -").Append(oldStart).Append(',').Append(oldCount).Append(" +").Append(newStart).Append(',').Append(newCount).Append(" @@\n");
            foreach (var edit in slice)
            {
                output.Append(edit.Kind).Append(edit.Text).Append('\n');
            }
        }

        return output.ToString();
    }

    /// <summary>The lines of <paramref name="text"/> without their CR/LF; a final line break does not add an empty line.</summary>
    public static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    private static List<(int Start, int End)> Hunks(List<Edit> script)
    {
        var hunks = new List<(int Start, int End)>();
        for (var i = 0; i < script.Count; i++)
        {
            if (script[i].Kind == ' ')
            {
                continue;
            }

            var start = Math.Max(0, i - Context);
            var end = Math.Min(script.Count, i + 1 + Context);
            if (hunks.Count > 0 && start <= hunks[^1].End)
            {
                hunks[^1] = (hunks[^1].Start, end);
            }
            else
            {
                hunks.Add((start, end));
            }
        }

        return hunks;
    }

    private static List<Edit> EditScript(string[] a, string[] b)
    {
        var max = a.Length + b.Length;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < a.Length && y < b.Length && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= a.Length && y >= b.Length)
                {
                    return Backtrack(a, b, trace);
                }
            }
        }

        throw new InvalidOperationException("unreachable: an edit script of at most N+M steps always exists");
    }

    private static List<Edit> Backtrack(string[] a, string[] b, List<int[]> trace)
    {
        var edits = new List<Edit>();
        int x = a.Length, y = b.Length;
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && V(v, d, k - 1) < V(v, d, k + 1)) ? k + 1 : k - 1;
            var previousX = V(v, d, previousK);
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
                edits.Add(new Edit(' ', a[x], x, y));
            }

            if (d > 0)
            {
                if (x == previousX)
                {
                    y--;
                    edits.Add(new Edit('+', b[y], x, y));
                }
                else
                {
                    x--;
                    edits.Add(new Edit('-', a[x], x, y));
                }
            }

            x = previousX;
            y = previousY;
        }

        edits.Reverse();
        return edits;
    }

    private static int V(int[] slice, int d, int k) => k < -d || k > d ? 0 : slice[k + d];

    /// <summary>One line of the edit script; OldLine and NewLine count the lines before it in each text.</summary>
    private readonly record struct Edit(char Kind, string Text, int OldLine, int NewLine);
}
