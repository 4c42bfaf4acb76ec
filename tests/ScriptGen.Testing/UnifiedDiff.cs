using System.Text;
using DiffPlex;
using DiffPlex.Model;

namespace ScriptGen.Testing;

/// <summary>Formats a line diff of two texts in the unified format, with three lines of context.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The unified diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        var result = new Differ().CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        if (result.DiffBlocks.Count == 0)
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").AppendLine(oldName).Append("+++ ").AppendLine(newName);
        foreach (var hunk in GroupIntoHunks(result.DiffBlocks))
        {
            WriteHunk(output, result, hunk);
        }

        return output.ToString();
    }

    private static List<List<DiffBlock>> GroupIntoHunks(IList<DiffBlock> blocks)
    {
        var hunks = new List<List<DiffBlock>>();
        foreach (var block in blocks)
        {
            var last = hunks.Count > 0 ? hunks[^1][^1] : null;
            if (last is not null && block.DeleteStartA - (last.DeleteStartA + last.DeleteCountA) <= 2 * Context)
            {
                hunks[^1].Add(block);
            }
            else
            {
                hunks.Add([block]);
            }
        }

        return hunks;
    }

    private static void WriteHunk(StringBuilder output, DiffResult result, List<DiffBlock> hunk)
    {
        var first = hunk[0];
        var last = hunk[^1];
        var startA = Math.Max(0, first.DeleteStartA - Context);
        var endA = Math.Min(result.PiecesOld.Length, last.DeleteStartA + last.DeleteCountA + Context);
        var startB = Math.Max(0, first.InsertStartB - (first.DeleteStartA - startA));
        var endB = Math.Min(result.PiecesNew.Length, last.InsertStartB + last.InsertCountB + (endA - (last.DeleteStartA + last.DeleteCountA)));
        output.Append("@@ -").Append(startA + 1).Append(',').Append(endA - startA).Append(" +").Append(startB + 1).Append(',').Append(endB - startB).AppendLine(" @@");

        var lineA = startA;
        foreach (var block in hunk)
        {
            for (; lineA < block.DeleteStartA; lineA++)
            {
                output.Append(' ').AppendLine(result.PiecesOld[lineA]);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                output.Append('-').AppendLine(result.PiecesOld[block.DeleteStartA + i]);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                output.Append('+').AppendLine(result.PiecesNew[block.InsertStartB + i]);
            }

            lineA = block.DeleteStartA + block.DeleteCountA;
        }

        for (; lineA < endA; lineA++)
        {
            output.Append(' ').AppendLine(result.PiecesOld[lineA]);
        }
    }
}
