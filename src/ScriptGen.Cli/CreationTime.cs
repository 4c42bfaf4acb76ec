using System.Globalization;

namespace ScriptGen.Cli;

/// <summary>
/// The creation time recorded in manifests: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC, the reproducible-builds
/// convention) when set, otherwise the current time.
/// </summary>
public static class CreationTime
{
    /// <summary>The variable's name.</summary>
    public const string Variable = "SOURCE_DATE_EPOCH";

    /// <summary>The creation time, or the rule the variable's value breaks.</summary>
    public static (DateTimeOffset Value, string? Error) Resolve(CliEnvironment environment)
    {
        var text = environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(text))
        {
            return (environment.UtcNow(), null);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
            ? (DateTimeOffset.FromUnixTimeSeconds(seconds), null)
            : (default, $"{Variable} must be a whole number of seconds since 1970-01-01 UTC, not '{text}'");
    }
}
