using ScriptGen.Core.Linting;
using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Diagnostics;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Core.Tests.Support;

/// <summary>A linter for pipeline tests: records what it saw and reports the findings a test asks for.</summary>
public sealed class RecordingLinter(Func<string, byte[], IReadOnlyList<Diagnostic>>? findings = null) : IScriptLinter
{
    /// <summary>Every path analysed, in order.</summary>
    public List<string> Seen { get; } = [];

    /// <inheritdoc />
    public LintEngineInfo Engine { get; } = new("RecordingLinter", "1.0", Parses: true, Rules: [new RuleDescriptor("TestRule", DiagnosticSeverity.Warning, true, "A rule for tests.")], Settings: "test");

    /// <inheritdoc />
    public AnalysisResult Analyze(string path, byte[] bytes)
    {
        lock (Seen)
        {
            Seen.Add(path);
        }

        return new AnalysisResult(findings?.Invoke(path, bytes) ?? [], []);
    }

    /// <summary>A finding at the start of a file.</summary>
    public static Diagnostic Finding(string rule, DiagnosticSeverity severity) =>
        Diagnostic.Create(SourceText.From("x"), rule, severity, $"{rule} fired", new TextSpan(0, 1));
}
