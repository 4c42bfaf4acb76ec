namespace ScriptGen.Core.Parameters;

/// <summary>Parameter values as a source gave them, before validation, with the problems reading them (file-level or per key).</summary>
public sealed record RawParameters(IReadOnlyDictionary<string, string?> Values, IReadOnlyList<ParameterError> Errors)
{
    /// <summary>No values and no problems.</summary>
    public static RawParameters Empty { get; } = new(new Dictionary<string, string?>(), []);

    /// <summary>These values overlaid by <paramref name="overrides"/>: a key given there wins.</summary>
    public RawParameters OverlaidBy(IReadOnlyDictionary<string, string?> overrides)
    {
        var merged = new Dictionary<string, string?>(Values, StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            merged[key] = value;
        }

        return this with { Values = merged };
    }
}
