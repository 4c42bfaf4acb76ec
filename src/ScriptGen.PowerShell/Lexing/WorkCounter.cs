namespace ScriptGen.PowerShell.Lexing;

/// <summary>A count of scanning work (one unit per token plus one per character scanned), rescans included.</summary>
internal sealed class WorkCounter
{
    /// <summary>The units counted so far.</summary>
    public long Units { get; set; }
}
