namespace ScriptGen.PowerShell.Text;

/// <summary>A range of UTF-16 code units in a source text: 0-based start, length, exclusive end.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The 0-based offset just past the last code unit of the span.</summary>
    public int End => Start + Length;

    /// <summary>Creates the span that runs from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies entirely within this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
}
