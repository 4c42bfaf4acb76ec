namespace ScriptGen.Templates.Generator.Helpers;

/// <summary>Offsets of the shared checker's 1-based line and column, which count lines by line feed only.</summary>
internal static class TextPositions
{
    /// <summary>The 0-based offset of a line and column in <paramref name="text"/>, clamped to the text.</summary>
    public static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n')
            {
                current++;
            }
        }

        offset += column - 1;
        return offset < 0 ? 0 : offset > text.Length ? text.Length : offset;
    }
}
