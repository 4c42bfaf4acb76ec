namespace ScriptGen.PowerShell.Syntax;

/// <summary>Reads the streams of a redirection operator's text (<c>2&gt;&amp;1</c>, <c>*&gt;&gt;</c>, <c>&gt;</c>).</summary>
internal static class RedirectionStreams
{
    public static RedirectionStream From(string operatorText) => operatorText.Length == 0 ? RedirectionStream.Output : operatorText[0] switch
    {
        '*' => RedirectionStream.All,
        >= '1' and <= '6' => (RedirectionStream)(operatorText[0] - '0'),
        _ => RedirectionStream.Output,
    };

    public static RedirectionStream MergeTarget(string operatorText) =>
        operatorText.Length > 0 && operatorText[^1] is >= '1' and <= '6' ? (RedirectionStream)(operatorText[^1] - '0') : RedirectionStream.Output;

    /// <summary>True for <c>n&gt;&amp;m</c>, which merges a stream into another instead of writing a file.</summary>
    public static bool IsMerging(string operatorText) => operatorText.Contains('&', StringComparison.Ordinal);
}
