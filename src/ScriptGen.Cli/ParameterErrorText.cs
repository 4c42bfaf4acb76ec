using ScriptGen.Core.Parameters;

namespace ScriptGen.Cli;

/// <summary>Writes parameter errors as one line each, naming the option (or file key), the value and the rule.</summary>
public static class ParameterErrorText
{
    /// <summary>Writes <paramref name="errors"/>; <paramref name="source"/> names a file the values came from, if any.</summary>
    public static void Write(TextWriter writer, IEnumerable<ParameterError> errors, string? source)
    {
        foreach (var error in errors)
        {
            writer.WriteLine($"scriptgen: error: {Subject(error, source)}{(error.Value is null ? string.Empty : $" '{error.Value}'")} {error.Rule}");
        }
    }

    private static string Subject(ParameterError error, string? source) =>
        error.Name == ParamsFileReader.FileKey
            ? "--params file"
            : source is null ? $"{error.Option} ({error.Name}):" : $"{source}: key '{error.Name}':";
}
