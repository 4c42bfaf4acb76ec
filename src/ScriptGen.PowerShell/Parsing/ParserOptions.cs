namespace ScriptGen.PowerShell.Parsing;

/// <summary>Limits and switches for a parse.</summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// How deeply statements and expressions may nest before the parse stops with ScriptTooComplicated. The limit
    /// keeps hostile input from exhausting the stack; real scripts stay far below it.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 200;

    /// <summary>
    /// Accepts Windows PowerShell workflows (<c>workflow</c>, <c>foreach -parallel</c>). PowerShell 7 rejects them
    /// (WorkflowNotSupportedInPowerShellCore), and so does the parser by default.
    /// </summary>
    public bool AllowWorkflows { get; init; }

    /// <summary>
    /// Reports every error PowerShell's recovery would report, echoes included (a missing ')' that also makes the
    /// next token "unexpected"). By default one mistake gives one error: the first of those PowerShell reports.
    /// </summary>
    public bool ReportCascadingErrors { get; init; }
}
