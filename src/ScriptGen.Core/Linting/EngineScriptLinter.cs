using ScriptGen.PowerShell.Analysis;
using ScriptGen.PowerShell.Analysis.Settings;
using ScriptGen.PowerShell.Text;

namespace ScriptGen.Core.Linting;

/// <summary>The linter backed by ScriptGen.PowerShell: parses every script and runs the rules its settings enable.</summary>
public sealed class EngineScriptLinter(AnalyzerSettings settings) : IScriptLinter
{
    private readonly ScriptAnalyzer _analyzer = new(settings);

    /// <summary>A linter with the default rules and options, as the generate gate uses them.</summary>
    public EngineScriptLinter()
        : this(AnalyzerSettings.Default)
    {
    }

    /// <inheritdoc />
    public LintEngineInfo Engine => new("ScriptGen.PowerShell", Bundling.ToolInfo.Current.Version, Parses: true, _analyzer.EnabledRules, settings.Name);

    /// <inheritdoc />
    public AnalysisResult Analyze(string path, byte[] bytes) => _analyzer.Analyze(SourceText.FromBytes(bytes, path));
}
