using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>Analyzer options from a dictionary, as MSBuild would pass them through the generated .editorconfig.</summary>
public sealed class TestOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    /// <summary>No options at all.</summary>
    public static TestOptions None { get; } = new(new Dictionary<string, string>());

    /// <inheritdoc />
    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
}
