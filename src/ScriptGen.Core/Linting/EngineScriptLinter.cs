using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Parsing;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Core.Linting;

/// <summary>The linter backed by ScriptGen.PowerShell: parses every script; no lint rule runs yet.</summary>
public sealed class EngineScriptLinter : IScriptLinter
{
    /// <inheritdoc />
    public LintEngineInfo Engine { get; } = new("ScriptGen.PowerShell", Bundling.ToolInfo.Current.Version, Parses: true, Rules: [], Settings: "syntax only");

    /// <inheritdoc />
    public AnalysisResult Analyze(string path, byte[] bytes) =>
        new(PowerShellParser.Parse(SourceText.FromBytes(bytes, path)).Diagnostics, []);
}
