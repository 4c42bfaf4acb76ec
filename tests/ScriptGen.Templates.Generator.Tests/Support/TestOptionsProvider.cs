using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Templates.Generator.Tests.Support;

/// <summary>Global options plus per-additional-file options keyed by path.</summary>
public sealed class TestOptionsProvider(AnalyzerConfigOptions global, IReadOnlyDictionary<string, AnalyzerConfigOptions> perFile) : AnalyzerConfigOptionsProvider
{
    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions => global;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.None;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => perFile.GetValueOrDefault(textFile.Path, TestOptions.None);
}
