using ScriptGen.PowerShell.Analysis;

namespace ScriptGen.Core.Linting;

/// <summary>
/// The linter backed by ScriptGen.PowerShell. The language engine has not landed yet, so this reports what it
/// really does: nothing is parsed and no rule runs, and the manifest says so.
/// </summary>
public sealed class EngineScriptLinter : IScriptLinter
{
    /// <inheritdoc />
    public LintEngineInfo Engine { get; } = new("ScriptGen.PowerShell", Bundling.ToolInfo.Current.Version, Parses: false, Rules: [], Settings: "none");

    /// <inheritdoc />
    public AnalysisResult Analyze(string path, byte[] bytes) => new([], []);
}
