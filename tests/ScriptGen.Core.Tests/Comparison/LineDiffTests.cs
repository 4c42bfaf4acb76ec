using ScriptGen.Core.Comparison;

namespace ScriptGen.Core.Tests.Comparison;

public sealed class LineDiffTests
{
    [Fact]
    public void Equal_texts_have_no_diff_even_with_other_line_endings()
    {
        Assert.Equal(string.Empty, LineDiff.Unified("a\nb\n", "a\r\nb\r\n", "old", "new"));
    }

    [Fact]
    public void A_changed_line_gets_one_hunk_with_three_lines_of_context()
    {
        var old = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}")) + "\n";
        var @new = old.Replace("line 5", "line five", StringComparison.Ordinal);

        Assert.Equal(
            "--- old\n+++ new\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            LineDiff.Unified(old, @new, "old", "new"));
    }

    [Fact]
    public void Insertions_at_the_start_and_deletions_at_the_end_number_their_hunks_like_diff_u()
    {
        Assert.Equal("--- o\n+++ n\n@@ -0,0 +1,1 @@\n+x\n", LineDiff.Unified(string.Empty, "x\n", "o", "n"));
        Assert.Equal("--- o\n+++ n\n@@ -1,2 +1,1 @@\n a\n-b\n", LineDiff.Unified("a\nb\n", "a\n", "o", "n"));
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_and_the_edit_is_minimal()
    {
        var old = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"{i}")) + "\n";
        var @new = old.Replace("\n2\n", "\ntwo\n", StringComparison.Ordinal).Replace("\n19\n", "\n", StringComparison.Ordinal);

        var diff = LineDiff.Unified(old, @new, "o", "n");

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Equal(["-2", "+two", "-19"], diff.Split('\n').Where(l => l.Length > 0 && l[0] is '-' or '+' && !l.StartsWith("--- ", StringComparison.Ordinal) && !l.StartsWith("+++ ", StringComparison.Ordinal)));
    }
}
