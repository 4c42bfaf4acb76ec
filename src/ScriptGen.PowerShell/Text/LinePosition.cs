namespace ScriptGen.PowerShell.Text;

/// <summary>A position as users see it: 1-based line and 1-based column (UTF-16 code units), as PowerShell reports them.</summary>
public readonly record struct LinePosition(int Line, int Column) : IComparable<LinePosition>
{
    /// <inheritdoc />
    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
}
